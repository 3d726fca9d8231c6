#!/usr/bin/env python3
"""A Maelstrom broadcast node written for Herald's tests: it never tells anyone of a value (each node
reads only its own), while n0 and n1 bat a message to and fro without end, so the network is never
idle: agreement fails, and more time would not mend it; the chatter must not make the grade
inconclusive."""
import json
import sys

node_id = None
values = []
next_id = 0


def send(dest, body):
    global next_id
    next_id += 1
    body["msg_id"] = next_id
    print(json.dumps({"src": node_id, "dest": dest, "body": body}), flush=True)


def reply(msg, body):
    body["in_reply_to"] = msg["body"]["msg_id"]
    send(msg["src"], body)


for line in sys.stdin:
    msg = json.loads(line)
    body = msg["body"]
    if body["type"] == "init":
        node_id = body["node_id"]
        reply(msg, {"type": "init_ok"})
        if node_id == "n0":
            send("n1", {"type": "chat"})
    elif body["type"] == "topology":
        reply(msg, {"type": "topology_ok"})
    elif body["type"] == "broadcast":
        values.append(body["message"])
        reply(msg, {"type": "broadcast_ok"})
    elif body["type"] == "read":
        reply(msg, {"type": "read_ok", "messages": values})
    elif body["type"] == "chat":
        send(msg["src"], {"type": "chat"})
