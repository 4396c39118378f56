#!/usr/bin/env python3
"""Bounded load test of gram serve on loopback (standard library only).

N clients, each in its own thread, loop for a fixed time over a mix of requests: POST /check of a
library scenario (parses it and compiles its rules), POST /runs of a small run, and GET of a run's
status. Prints p50/p95/p99 latency per kind and overall, and counts responses by status. Only 5xx
responses and transport failures count as errors: 429 (queue full) is the service protecting
itself, as designed.

  java -jar cli/target/gram.jar serve --port 8080 --data /tmp/gram-load --queue 20 &
  python3 tools/load_test.py --url http://127.0.0.1:8080 --token-file /tmp/gram-load/token \
      --clients 50 --seconds 60
"""
import argparse
import http.client
import json
import random
import threading
import time
import urllib.parse
from collections import Counter, defaultdict


def percentile(values, p):
    if not values:
        return float("nan")
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(p / 100.0 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--url", default="http://127.0.0.1:8080")
    parser.add_argument("--token-file", required=True)
    parser.add_argument("--clients", type=int, default=50)
    parser.add_argument("--seconds", type=float, default=60)
    parser.add_argument("--paths", type=int, default=200, help="paths of each submitted run")
    parser.add_argument("--seed", type=int, default=1, help="seed of the request mix (not of the runs)")
    args = parser.parse_args()

    url = urllib.parse.urlparse(args.url)
    if url.hostname not in ("127.0.0.1", "localhost", "::1"):
        raise SystemExit("load tests run on loopback only")
    token = open(args.token_file, encoding="utf-8").read().strip()
    headers = {"Authorization": "Bearer " + token, "Content-Type": "application/json"}
    check_body = json.dumps({"library": "reference-v1"})
    run_body = json.dumps({"library": "reference-v1", "paths": args.paths})

    latencies = defaultdict(list)
    statuses = Counter()
    errors = Counter()
    run_ids = []
    lock = threading.Lock()
    deadline = time.monotonic() + args.seconds

    def client(number):
        rng = random.Random(args.seed * 1000 + number)
        connection = None
        while time.monotonic() < deadline:
            roll = rng.random()
            with lock:
                known = list(run_ids[-50:])
            if roll < 0.6:
                kind, method, path, body = "check", "POST", "/api/v1/check", check_body
            elif roll < 0.7 or not known:
                kind, method, path, body = "submit", "POST", "/api/v1/runs", run_body
            else:
                kind, method, path, body = "status", "GET", "/api/v1/runs/" + rng.choice(known), None
            started = time.monotonic()
            try:
                if connection is None:
                    connection = http.client.HTTPConnection(url.hostname, url.port, timeout=120)
                connection.request(method, path, body=body, headers=headers)
                response = connection.getresponse()
                payload = response.read()
                took = time.monotonic() - started
                with lock:
                    latencies[kind].append(took)
                    statuses[(kind, response.status)] += 1
                    if response.status >= 500:
                        errors[kind] += 1
                    if kind == "submit" and response.status == 202:
                        run_ids.append(json.loads(payload)["id"])
            except (OSError, http.client.HTTPException) as e:
                with lock:
                    errors[kind] += 1
                    statuses[(kind, type(e).__name__)] += 1
                if connection is not None:
                    connection.close()
                connection = None

    threads = [threading.Thread(target=client, args=(i,)) for i in range(args.clients)]
    begun = time.monotonic()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - begun

    everything = [value for values in latencies.values() for value in values]
    print(f"{args.clients} clients for {elapsed:.1f} s against {args.url}: {len(everything)} responses"
          f" ({len(everything) / elapsed:.1f} per second)")
    print(f"{'kind':8} {'count':>7} {'p50 ms':>9} {'p95 ms':>9} {'p99 ms':>9} {'errors':>7}")
    for kind in ["check", "submit", "status"] + ["all"]:
        values = everything if kind == "all" else latencies.get(kind, [])
        failed = sum(errors.values()) if kind == "all" else errors.get(kind, 0)
        print(f"{kind:8} {len(values):7d} {1000 * percentile(values, 50):9.1f} {1000 * percentile(values, 95):9.1f}"
              f" {1000 * percentile(values, 99):9.1f} {failed:7d}")
    print("responses by kind and status:", ", ".join(f"{k}={s}: {n}" for (k, s), n in sorted(statuses.items(), key=str)))
    print(f"errors (5xx and transport failures): {sum(errors.values())}")


if __name__ == "__main__":
    main()
