"""`!health` command for the Matrix bot.

Replies in the admin room with uptime, versions and which optional
integrations are configured, so maintainers can spot a missing variable
after a redeploy.
"""
import os
import platform
import time
from importlib.metadata import version

from nio import AsyncClient, RoomMessageText

STARTED_AT = time.monotonic()

INTEGRATIONS = {
    "door alerts": "HACKBOT_DOOR_WEBHOOK_KEY",
    "printer status": "OCTOPRINT_API_KEY",
    "dues reminders": "STRIPE_API_KEY",
    "sensor dashboard": "GRAFANA_URL",
}


def _configured() -> dict[str, bool]:
    return {name: bool(os.environ.get(var)) for name, var in INTEGRATIONS.items()}


def health_text() -> str:
    uptime = int(time.monotonic() - STARTED_AT)
    lines = [
        f"uptime: {uptime // 3600}h{uptime % 3600 // 60:02d}m",
        f"python {platform.python_version()}, matrix-nio {version('matrix-nio')}",
    ]
    for name, ok in _configured().items():
        lines.append(f"{'✔' if ok else '✘'} {name}")
    return "\n".join(lines)


def register(client: AsyncClient, admin_room: str) -> None:
    async def on_message(room, event: RoomMessageText):
        if room.room_id != admin_room or event.body.strip() != "!health":
            return
        await client.room_send(
            room.room_id,
            "m.room.message",
            {"msgtype": "m.notice", "body": health_text()},
        )

    client.add_event_callback(on_message, RoomMessageText)
