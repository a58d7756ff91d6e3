// The floor of an API call made from Node: start node, send one fetch, read the JSON answer. Nothing
// else. `npm run bench` runs it with the method, URL, headers and body the action itself sent (taken
// from the API double), so that the action's `get` and `create` are measured against the same request
// made the cheapest way Node can. Exits 1 unless the answer is a successful envelope, so that a floor
// that failed fast can never pass for a fast floor.
const { FLOOR_METHOD: method, FLOOR_URL: url, FLOOR_HEADERS: headers, FLOOR_BODY: body } = process.env;
const response = await fetch(url, { method, headers: JSON.parse(headers), body: body || undefined });
const envelope = await response.json();
if (!response.ok || envelope.success !== true) process.exit(1);
