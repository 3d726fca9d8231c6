# A node written for Herald's tests that answers init and topology, then never answers a request:
# whether it delivered anything cannot be told, so its liveness cannot be judged.
import json
import sys

for line in sys.stdin:
    msg = json.loads(line)
    body = msg["body"]
    if body["type"] in ("init", "topology"):
        reply = {"type": body["type"] + "_ok", "in_reply_to": body["msg_id"]}
        print(json.dumps({"src": msg["dest"], "dest": msg["src"], "body": reply}), flush=True)
