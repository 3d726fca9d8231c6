#!/usr/bin/env python3
"""A Maelstrom node written for Herald's tests: it answers init and exits at once, so its answer and
its end reach Herald together; the answer must count."""
import json
import sys

for line in sys.stdin:
    msg = json.loads(line)
    body = msg["body"]
    if body["type"] == "init":
        print(json.dumps({"src": body["node_id"], "dest": msg["src"],
                          "body": {"type": "init_ok", "in_reply_to": body["msg_id"]}}), flush=True)
        sys.exit(0)
