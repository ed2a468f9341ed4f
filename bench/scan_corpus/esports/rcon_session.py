"""Match-admin helper that runs RCON commands against a game server.

Used from the admin console to pause matches, change maps and kick players.
Credentials are looked up per server from the secrets store.
"""
import logging

from rcon.source import Client

from matchops.secrets import rcon_password_for

log = logging.getLogger("matchops.admin")

ALLOWED_PREFIXES = ("mp_pause_match", "mp_unpause_match", "changelevel", "kickid", "status", "say")


class RconSession:
    def __init__(self, server_id: str, host: str, port: int = 27015):
        self.server_id = server_id
        self.host = host
        self.port = port

    def run(self, admin: str, command: str) -> str:
        if not command.startswith(ALLOWED_PREFIXES):
            raise PermissionError(f"command not allowed from console: {command.split()[0]}")
        password = rcon_password_for(self.server_id)
        log.info(
            "admin=%s server=%s host=%s:%s rcon command=%r",
            admin, self.server_id, self.host, self.port, command,
        )
        with Client(self.host, self.port, passwd=password, timeout=5) as client:
            output = client.run(*command.split())
        log.debug("server=%s rcon reply (%d bytes)", self.server_id, len(output))
        return output

    def pause(self, admin: str) -> str:
        return self.run(admin, "mp_pause_match")

    def change_map(self, admin: str, map_name: str) -> str:
        if not map_name.replace("_", "").isalnum():
            raise ValueError("invalid map name")
        return self.run(admin, f"changelevel {map_name}")
