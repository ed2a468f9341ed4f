"""Update the #space-status channel topic when the space opens or closes.

Called by the door controller hook; deliberately uses the REST API directly
rather than a gateway connection, since it runs as a short-lived job.
"""
import os

import requests

API_BASE = "https://discord.com/api/v10"
USER_AGENT = "DiscordBot (https://github.com/hackspace/space-status, 1.4)"


class StatusChannel:
    def __init__(self, channel_id: str | None = None, bot_token: str | None = None):
        self.channel_id = channel_id or os.environ["DISCORD_STATUS_CHANNEL_ID"]
        self._session = requests.Session()
        self._session.headers.update(
            {
                "Authorization": f"Bot {bot_token or os.environ['DISCORD_BOT_TOKEN']}",
                "User-Agent": USER_AGENT,
            }
        )

    def _patch_channel(self, **fields) -> dict:
        resp = self._session.patch(f"{API_BASE}/channels/{self.channel_id}", json=fields, timeout=10)
        resp.raise_for_status()
        return resp.json()

    def set_open(self, keyholder: str) -> None:
        self._patch_channel(topic=f"\U0001F7E2 Open - keyholder: {keyholder}")

    def set_closed(self) -> None:
        self._patch_channel(topic="\U0001F534 Closed")


if __name__ == "__main__":
    import sys

    channel = StatusChannel()
    if sys.argv[1:2] == ["open"]:
        channel.set_open(sys.argv[2] if len(sys.argv) > 2 else "unknown")
    else:
        channel.set_closed()
