"""/workflow-import: lets server admins upload a YAML workflow definition."""
import io

import discord
import yaml
from discord import app_commands
from discord.ext import commands

from .store import WorkflowStore

MAX_UPLOAD_BYTES = 256 * 1024
REQUIRED_KEYS = {"name", "trigger", "steps"}


class WorkflowImport(commands.Cog):
    def __init__(self, bot: commands.Bot, store: WorkflowStore):
        self.bot = bot
        self.store = store

    @app_commands.command(name="workflow-import", description="Import a workflow from YAML")
    @app_commands.default_permissions(manage_guild=True)
    async def workflow_import(self, interaction: discord.Interaction, file: discord.Attachment):
        if file.size > MAX_UPLOAD_BYTES:
            await interaction.response.send_message("File too large.", ephemeral=True)
            return
        raw = await file.read()
        try:
            spec = yaml.load(io.BytesIO(raw), Loader=yaml.Loader)
        except yaml.YAMLError as exc:
            await interaction.response.send_message(f"Invalid YAML: {exc}", ephemeral=True)
            return
        if not isinstance(spec, dict):
            await interaction.response.send_message("Top level must be a mapping.", ephemeral=True)
            return
        missing = REQUIRED_KEYS - spec.keys()
        if missing:
            await interaction.response.send_message(
                f"Missing keys: {', '.join(sorted(missing))}", ephemeral=True
            )
            return
        self.store.save(interaction.guild_id, spec["name"], spec)
        await interaction.response.send_message(
            f"Imported workflow **{spec['name']}** with {len(spec['steps'])} steps."
        )


async def setup(bot: commands.Bot):
    await bot.add_cog(WorkflowImport(bot, WorkflowStore(bot.db)))
