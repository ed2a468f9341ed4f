"""/rules-upload: server admins upload moderation automation rules as YAML."""
import discord
import yaml
from discord import app_commands
from discord.ext import commands

from .rules import RuleSet, RuleValidationError

MAX_UPLOAD_BYTES = 128 * 1024


class RulesUpload(commands.Cog):
    def __init__(self, bot: commands.Bot):
        self.bot = bot

    @app_commands.command(name="rules-upload", description="Replace this server's automation rules")
    @app_commands.default_permissions(manage_guild=True)
    async def rules_upload(self, interaction: discord.Interaction, file: discord.Attachment):
        if file.size > MAX_UPLOAD_BYTES or not file.filename.endswith((".yml", ".yaml")):
            await interaction.response.send_message("Upload a .yaml file under 128 KiB.", ephemeral=True)
            return
        text = (await file.read()).decode("utf-8", errors="replace")
        try:
            document = yaml.load(text, Loader=yaml.SafeLoader)
            rules = RuleSet.from_dict(document)
        except yaml.YAMLError as exc:
            await interaction.response.send_message(f"YAML error: {exc}", ephemeral=True)
            return
        except RuleValidationError as exc:
            await interaction.response.send_message(f"Invalid rules: {exc}", ephemeral=True)
            return
        await self.bot.rule_store.replace(interaction.guild_id, rules)
        await interaction.response.send_message(f"Loaded {len(rules)} rules.", ephemeral=True)


async def setup(bot: commands.Bot):
    await bot.add_cog(RulesUpload(bot))
