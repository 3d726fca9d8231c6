#!/usr/bin/env python3
"""A Maelstrom broadcast node written for Herald's tests: flooding, resent until acknowledged.

On a new value (from a client or another node) it remembers it and sends it to every other node,
again every 50 ms until that node acknowledges it, so that loss and partitions only delay it.

  --resend-ms T   resend every T ms instead (more than the round trip saves messages)
  --hang-after K  as node n1, stop answering anything after K client requests
  --spew BYTES    write BYTES of junk to stdout at start, in lines of 2,000 characters and one longer
  --junk-first    print a line that is not JSON before anything else
  --exit-after K  as node n1, exit (code 3) after answering K client requests
"""
import json
import sys
import threading
import time

lock = threading.Lock()
node_id = None
node_ids = []
values = []
unacked = {}  # (peer, value) -> when last sent
gossip_sent = {}  # msg_id -> (peer, value)
next_id = 0
answered = 0
args = sys.argv[1:]
exit_after = int(args[args.index("--exit-after") + 1]) if "--exit-after" in args else None
hang_after = int(args[args.index("--hang-after") + 1]) if "--hang-after" in args else None
spew = int(args[args.index("--spew") + 1]) if "--spew" in args else 0
resend_after = float(args[args.index("--resend-ms") + 1]) / 1000 if "--resend-ms" in args else 0.05


def send(dest, body):
    global next_id
    next_id += 1
    body["msg_id"] = next_id
    sys.stdout.write(json.dumps({"src": node_id, "dest": dest, "body": body}) + "\n")
    sys.stdout.flush()
    return next_id


def reply(msg, body):
    body["in_reply_to"] = msg["body"]["msg_id"]
    send(msg["src"], body)


def gossip(peer, value):
    unacked[(peer, value)] = time.time()
    gossip_sent[send(peer, {"type": "gossip", "message": value})] = (peer, value)


def learn(value, sender):
    if value in values:
        return
    values.append(value)
    for peer in node_ids:
        if peer not in (node_id, sender):
            gossip(peer, value)


def resend():
    while True:
        time.sleep(min(resend_after, 0.05))
        with lock:
            now = time.time()
            for (peer, value), sent in list(unacked.items()):
                if now - sent >= resend_after:
                    gossip(peer, value)


def main():
    global node_id, node_ids, answered
    if "--junk-first" in args:
        print("flood.py starting up, hello!", flush=True)
    if spew:
        sys.stdout.write("x" * 5000 + "\n")
        for _ in range(spew // 2001):
            sys.stdout.write("y" * 2000 + "\n")
        sys.stdout.flush()
    threading.Thread(target=resend, daemon=True).start()
    for line in sys.stdin:
        msg = json.loads(line)
        body = msg["body"]
        kind = body["type"]
        with lock:
            if kind == "init":
                node_id, node_ids = body["node_id"], body["node_ids"]
                reply(msg, {"type": "init_ok"})
            elif kind == "topology":
                reply(msg, {"type": "topology_ok"})
            elif kind == "broadcast":
                learn(body["message"], None)
                reply(msg, {"type": "broadcast_ok"})
            elif kind == "read":
                reply(msg, {"type": "read_ok", "messages": list(values)})
            elif kind == "gossip":
                learn(body["message"], msg["src"])
                reply(msg, {"type": "gossip_ok"})
            elif kind == "gossip_ok":
                unacked.pop(gossip_sent.pop(body["in_reply_to"], None), None)
            if kind in ("broadcast", "read"):
                answered += 1
                if hang_after is not None and answered >= hang_after and node_id == "n1":
                    sys.stderr.write("flood.py: hanging after %d requests\n" % answered)
                    sys.stderr.flush()
                    while True:
                        time.sleep(60)
                if exit_after is not None and answered >= exit_after and node_id == "n1":
                    sys.stderr.write("flood.py: leaving after %d requests\n" % answered)
                    sys.exit(3)


if __name__ == "__main__":
    main()
