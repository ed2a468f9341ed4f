"""GitHub webhook receiver that relays deploy events into the team chat bot."""
import hashlib
import hmac
import os

from flask import Flask, abort, request

from .relay import relay_deploy_event


class BotConfig:
    GITHUB_WEBHOOK_SECRET = os.environ.get("GITHUB_WEBHOOK_SECRET", "")
    RELAY_CHANNEL = os.environ.get("RELAY_CHANNEL", "deploys")
    JSON_SORT_KEYS = False
    DEBUG = True


def create_app() -> Flask:
    app = Flask(__name__)
    app.config.from_object(BotConfig)

    @app.post("/github")
    def github_hook():
        secret = app.config["GITHUB_WEBHOOK_SECRET"].encode()
        sent = request.headers.get("X-Hub-Signature-256", "")
        digest = "sha256=" + hmac.new(secret, request.get_data(), hashlib.sha256).hexdigest()
        if not secret or not hmac.compare_digest(sent, digest):
            abort(403)
        if request.headers.get("X-GitHub-Event") == "deployment_status":
            relay_deploy_event(request.get_json(), channel=app.config["RELAY_CHANNEL"])
        return "", 204

    @app.get("/healthz")
    def healthz():
        return {"ok": True}

    return app


app = create_app()

if __name__ == "__main__":
    app.run(host="0.0.0.0", port=int(os.environ.get("PORT", "8080")))
