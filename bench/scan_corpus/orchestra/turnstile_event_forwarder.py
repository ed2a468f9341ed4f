"""Forward door-scan events from the lobby turnstiles to the access controller.

Reads newline-delimited JSON scan events on stdin (as emitted by the
turnstile daemon) and relays each one, printing the controller's verdict.
"""
import json
import socket
import sys


def send_scan_event(barcode: str, gate: str, scanned_at: str) -> dict:
    event = {"barcode": barcode, "gate": gate, "ts": scanned_at}
    with socket.create_connection(("172.16.30.5", 7001), timeout=3) as conn:
        conn.sendall(json.dumps(event).encode("utf-8") + b"\n")
        reply = conn.makefile("r", encoding="utf-8").readline()
    return json.loads(reply)


def main() -> int:
    failures = 0
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        scan = json.loads(line)
        try:
            verdict = send_scan_event(scan["barcode"], scan["gate"], scan["ts"])
        except OSError as exc:
            failures += 1
            print(f"gate {scan.get('gate')}: controller unreachable ({exc})", file=sys.stderr)
            continue
        print(f"{scan['gate']}: {verdict.get('status', 'unknown')}")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
