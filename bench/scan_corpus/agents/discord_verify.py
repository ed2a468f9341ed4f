"""Discord bot cog that links a Discord account to a customer portal account.

Flow: the user runs /link <email>, we DM them a one-time code that they
paste into the portal settings page within ten minutes.
"""
import random
import string
import time

import discord
from discord import app_commands
from discord.ext import commands

CODE_TTL_SECONDS = 600
CODE_ALPHABET = string.ascii_uppercase + string.digits


class AccountLink(commands.Cog):
    def __init__(self, bot: commands.Bot, portal_client):
        self.bot = bot
        self.portal = portal_client
        self._pending: dict[int, tuple[str, str, float]] = {}

    @app_commands.command(name="link", description="Link your portal account")
    async def link(self, interaction: discord.Interaction, email: str):
        code = "".join(random.choices(CODE_ALPHABET, k=8))
        self._pending[interaction.user.id] = (email, code, time.monotonic())
        await self.portal.register_link_code(
            email=email, code=code, discord_id=interaction.user.id, ttl=CODE_TTL_SECONDS
        )
        await interaction.user.send(
            f"Your link code is **{code}**. Enter it on the portal within 10 minutes."
        )
        await interaction.response.send_message("Check your DMs for a link code.", ephemeral=True)

    def expire_codes(self) -> None:
        now = time.monotonic()
        for user_id, (_, _, created) in list(self._pending.items()):
            if now - created > CODE_TTL_SECONDS:
                del self._pending[user_id]


async def setup(bot: commands.Bot):
    await bot.add_cog(AccountLink(bot, bot.portal_client))
