"""Start the hackspace Discord bot and load its cogs."""
import asyncio
import logging
import os

import discord
from discord.ext import commands

TOKEN_ENV_VAR = "DISCORD_BOT_TOKEN"
DEFAULT_TOKEN_FILE = "/run/secrets/discord_bot_token"
COGS = (
    "hackbot.cogs.printer_queue",
    "hackbot.cogs.tool_bookings",
    "hackbot.cogs.workshops",
    "hackbot.cogs.announcements",
)


def resolve_token() -> str:
    token = os.environ.get(TOKEN_ENV_VAR)
    if token:
        return token
    token_file = os.environ.get("DISCORD_BOT_TOKEN_FILE", DEFAULT_TOKEN_FILE)
    try:
        with open(token_file, encoding="utf-8") as fh:
            return fh.read().strip()
    except FileNotFoundError:
        raise SystemExit(f"set {TOKEN_ENV_VAR} or provide {token_file}") from None


async def main() -> None:
    logging.basicConfig(level=logging.INFO)
    intents = discord.Intents.default()
    intents.message_content = True
    bot = commands.Bot(command_prefix=os.environ.get("BOT_PREFIX", "!"), intents=intents)
    async with bot:
        for cog in COGS:
            await bot.load_extension(cog)
        await bot.start(resolve_token())


if __name__ == "__main__":
    asyncio.run(main())
