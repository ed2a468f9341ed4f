"""Release announcements for the operations platform.

After the deployment pipeline rolls a new build out to a colliery, it posts
a short message to the operations team channel so shift bosses know which
version of the roster and lamp-room screens they are looking on. The
pipeline exposes the build details as environment variables.
"""
import os
from dataclasses import dataclass

import click
import requests


@dataclass(frozen=True)
class ReleaseInfo:
    version: str
    commit: str
    environment: str
    site: str

    @classmethod
    def from_pipeline(cls) -> "ReleaseInfo":
        return cls(
            version=os.environ["RELEASE_VERSION"],
            commit=os.environ.get("CI_COMMIT_SHORT_SHA", "unknown"),
            environment=os.environ.get("DEPLOY_ENVIRONMENT", "production"),
            site=os.environ.get("SITE_CODE", "group"),
        )


def build_card(release: ReleaseInfo, notes: str) -> dict:
    return {
        "text": f"Operations platform {release.version} deployed to {release.site}",
        "blocks": [
            {
                "type": "section",
                "text": {
                    "type": "mrkdwn",
                    "text": (
                        f"*{release.version}* ({release.commit}) is live on "
                        f"*{release.site}* / {release.environment}.\n{notes}"
                    ),
                },
            }
        ],
    }


@click.command()
@click.option("--notes", default="", help="Short release notes for shift bosses.")
def announce(notes: str) -> None:
    webhook_url = os.environ["OPS_CHANNEL_WEBHOOK_URL"]
    card = build_card(ReleaseInfo.from_pipeline(), notes)
    response = requests.post(webhook_url, json=card, timeout=15)
    response.raise_for_status()
    click.echo("release announced")


if __name__ == "__main__":
    announce()
