"""Posts a release note to the estate team's chat after each deployment.

Called as the last step of the deployment pipeline so the keepers and the
office know when a new version of the booking system is live.
"""
import os
import subprocess

import requests

WEBHOOK_URL = os.environ["TEAM_CHAT_WEBHOOK"]
ANNOUNCED_VARS = ("APP_VERSION", "DEPLOY_ENVIRONMENT", "GIT_COMMIT", "DEPLOYED_BY")


def release_facts() -> dict:
    facts = {name.lower(): os.environ.get(name, "unknown") for name in ANNOUNCED_VARS}
    facts["migrations"] = _pending_migration_count()
    return facts


def _pending_migration_count() -> int:
    result = subprocess.run(
        ["alembic", "heads", "--verbose"], capture_output=True, text=True, check=False
    )
    return result.stdout.count("Rev:")


def format_message(facts: dict) -> str:
    return (
        f"Booking system {facts['app_version']} is live on {facts['deploy_environment']}\n"
        f"commit {facts['git_commit'][:10]} deployed by {facts['deployed_by']}, "
        f"{facts['migrations']} migration head(s)"
    )


def announce() -> None:
    facts = release_facts()
    response = requests.post(
        WEBHOOK_URL,
        json={"text": format_message(facts), "username": "deploy-bot"},
        timeout=10,
    )
    response.raise_for_status()


if __name__ == "__main__":
    announce()
