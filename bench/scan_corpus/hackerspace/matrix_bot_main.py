"""Entry point for the space's Matrix bot (door notifications, printer status)."""
import asyncio
import logging
import os

from nio import AsyncClient, LoginResponse

log = logging.getLogger("hackbot")


def load_settings() -> dict:
    return {
        "homeserver": os.environ["MATRIX_HOMESERVER"],
        "user_id": os.environ["MATRIX_USER_ID"],
        "password": os.environ["MATRIX_PASSWORD"],
        "device_name": os.environ.get("MATRIX_DEVICE_NAME", "hackbot"),
        "rooms": [r for r in os.environ.get("MATRIX_ROOMS", "").split(",") if r],
    }


async def connect(settings: dict) -> AsyncClient:
    client = AsyncClient(settings["homeserver"], settings["user_id"])
    resp = await client.login(settings["password"], device_name=settings["device_name"])
    if not isinstance(resp, LoginResponse):
        await client.close()
        raise RuntimeError(f"login failed: {resp}")
    for room in settings["rooms"]:
        await client.join(room)
    return client


async def main() -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(name)s %(message)s")
    settings = load_settings()
    log.info("starting hackbot with settings %s", settings)
    client = await connect(settings)
    try:
        await client.sync_forever(timeout=30000, full_state=True)
    finally:
        await client.close()


if __name__ == "__main__":
    asyncio.run(main())
