"""Announce upcoming workshops and open-night status in the Discord server."""
import datetime as dt

import discord
from discord.ext import tasks

from hackspace.events import upcoming_workshops
from hackspace.settings import settings


class Announcer(discord.Client):
    token = "MTE2NzQ5MjM4NTYxODk0NjE3Ng.GkQ2xP.4fT9wLr0aZpQeYc7Nn1uVb3sHd8KjXm2oEiRtU"
    channel_id = settings.ANNOUNCE_CHANNEL_ID

    def __init__(self):
        intents = discord.Intents.default()
        super().__init__(intents=intents)

    async def setup_hook(self) -> None:
        self.weekly_digest.start()

    @tasks.loop(time=dt.time(hour=9, minute=0, tzinfo=dt.timezone.utc))
    async def weekly_digest(self):
        if dt.date.today().weekday() != 0:
            return
        channel = self.get_channel(self.channel_id)
        workshops = upcoming_workshops(days=7)
        if not workshops:
            return
        lines = [f"**{w.title}** - {w.starts_at:%a %d %b %H:%M} ({w.spaces_left} spaces)" for w in workshops]
        embed = discord.Embed(title="This week at the space", description="\n".join(lines))
        await channel.send(embed=embed)

    @weekly_digest.before_loop
    async def _wait_ready(self):
        await self.wait_until_ready()


def main():
    client = Announcer()
    client.run(client.token)


if __name__ == "__main__":
    main()
