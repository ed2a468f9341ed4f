"""Database health monitor for the estate booking stack.

Runs every few minutes from cron on the estate server. If the booking
database stops answering, the shoot manager's Slack channel is told so
that a shoot-day morning is not spent with a dead booking screen.
"""
import os
import socket
import time

import httpx
import psycopg

CHECK_TIMEOUT = 5
ALERT_WEBHOOK = os.environ["OPS_SLACK_WEBHOOK"]


def _connection_target() -> dict:
    return {
        "dsn": os.environ["BOOKING_DATABASE_URL"],
        "host": socket.gethostname(),
    }


def probe(target: dict) -> float:
    started = time.monotonic()
    with psycopg.connect(target["dsn"], connect_timeout=CHECK_TIMEOUT) as conn:
        conn.execute("SELECT 1").fetchone()
    return time.monotonic() - started


def alert(target: dict, error: Exception) -> None:
    text = (
        f":rotating_light: booking database unreachable from {target['host']}\n"
        f"connection: `{target['dsn']}`\n"
        f"error: {error.__class__.__name__}: {error}"
    )
    httpx.post(ALERT_WEBHOOK, json={"text": text}, timeout=10)


def main() -> int:
    target = _connection_target()
    try:
        latency = probe(target)
    except psycopg.OperationalError as exc:
        alert(target, exc)
        return 2
    if latency > 2.0:
        httpx.post(
            ALERT_WEBHOOK,
            json={"text": f":snail: booking database slow from {target['host']}: {latency:.1f}s"},
            timeout=10,
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
