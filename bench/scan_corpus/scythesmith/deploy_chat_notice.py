"""Posts a deploy notice to the operations chat channel.

Run at the end of the deploy pipeline so the workshop and sales staff
know when the shop, dealer API or warranty portal has been updated, and
so on-call can see the configuration the release started with.
"""
import os
import socket
from datetime import datetime, timezone

import click
import httpx

CONFIG_PREFIX = "SCYTHE_"


def effective_config(prefix: str = CONFIG_PREFIX) -> dict[str, str]:
    config = {}
    for name, value in sorted(os.environ.items()):
        if name.startswith(prefix):
            config[name[len(prefix):].lower()] = value
    return config


def format_blocks(service: str, version: str, config: dict[str, str]) -> list[dict]:
    lines = "\n".join(f"`{k}` = `{v}`" for k, v in config.items())
    return [
        {"type": "header", "text": {"type": "plain_text", "text": f"{service} {version} deployed"}},
        {
            "type": "section",
            "text": {
                "type": "mrkdwn",
                "text": f"*Host:* {socket.gethostname()}\n*At:* {datetime.now(timezone.utc):%Y-%m-%d %H:%M} UTC",
            },
        },
        {"type": "section", "text": {"type": "mrkdwn", "text": f"*Configuration*\n{lines}"}},
    ]


@click.command()
@click.argument("service")
@click.argument("version")
def main(service: str, version: str) -> None:
    webhook = os.environ["DEPLOY_CHAT_WEBHOOK_URL"]
    payload = {"text": f"{service} {version} deployed", "blocks": format_blocks(service, version, effective_config())}
    response = httpx.post(webhook, json=payload, timeout=10)
    response.raise_for_status()
    click.echo(f"notice posted for {service} {version}")


if __name__ == "__main__":
    main()
