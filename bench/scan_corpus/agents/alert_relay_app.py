"""Alertmanager webhook receiver that forwards firing alerts to Discord.

Usage: python -m alert_relay_app --port 8081 [--verbose]
"""
import argparse
import hmac
import logging
import os

import requests
from flask import Flask, abort, request

log = logging.getLogger("alert-relay")


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.update(
        DEBUG=False,
        DISCORD_WEBHOOK_URL=os.environ["DISCORD_ALERTS_WEBHOOK_URL"],
        RELAY_TOKEN=os.environ["ALERT_RELAY_TOKEN"],
    )

    @app.post("/alertmanager")
    def alertmanager():
        presented = request.headers.get("Authorization", "").removeprefix("Bearer ")
        if not hmac.compare_digest(presented.encode(), app.config["RELAY_TOKEN"].encode()):
            abort(401)
        body = request.get_json(force=True)
        for alert in body.get("alerts", []):
            if alert.get("status") != "firing":
                continue
            labels, ann = alert.get("labels", {}), alert.get("annotations", {})
            content = f"**{labels.get('alertname', 'alert')}** ({labels.get('severity', 'n/a')}): {ann.get('summary', '')}"
            resp = requests.post(app.config["DISCORD_WEBHOOK_URL"], json={"content": content[:1900]}, timeout=10)
            log.debug("discord responded %s for %s", resp.status_code, labels.get("alertname"))
        return "", 204

    return app


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--port", type=int, default=8081)
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO)
    create_app().run(host="127.0.0.1", port=args.port, debug=False)


if __name__ == "__main__":
    main()
