"""Issues short-lived tokens authorising remote SCADA commands (stop, reset, yaw)."""

from __future__ import annotations

import time
import uuid
from typing import Iterable

import jwt

_TOKEN_BASE = {"algorithm": "HS256", "issuer": "wf-scada-gateway", "ttl_s": 300}
COMMAND_TOKEN = {**_TOKEN_BASE, "key": "kR7#vQ2!xLm9$Tz4@Wp8^Ny3&Hd6*Fj1", "audience": "turbine-controller"}

ALLOWED_COMMANDS = frozenset({"stop", "reset", "yaw_left", "yaw_right", "pitch_feather"})


class CommandDenied(PermissionError):
    pass


def issue(operator: str, turbine_ids: Iterable[str], commands: Iterable[str],
          cfg: dict = COMMAND_TOKEN) -> str:
    """Sign a token that lets ``operator`` send ``commands`` to the given turbines."""
    cmds = sorted(set(commands))
    unknown = set(cmds) - ALLOWED_COMMANDS
    if unknown:
        raise CommandDenied(f"unsupported commands: {', '.join(sorted(unknown))}")
    now = int(time.time())
    claims = {
        "sub": operator,
        "iss": cfg["issuer"],
        "aud": cfg["audience"],
        "iat": now,
        "exp": now + cfg["ttl_s"],
        "jti": str(uuid.uuid4()),
        "turbines": sorted(turbine_ids),
        "cmd": cmds,
    }
    return jwt.encode(claims, cfg["key"], algorithm=cfg["algorithm"])


def authorise(token: str, turbine_id: str, command: str, cfg: dict = COMMAND_TOKEN) -> str:
    """Return the operator name if the token permits the command on this turbine."""
    claims = jwt.decode(token, cfg["key"], algorithms=[cfg["algorithm"]],
                        audience=cfg["audience"], issuer=cfg["issuer"])
    if turbine_id not in claims["turbines"] or command not in claims["cmd"]:
        raise CommandDenied(f"{claims['sub']} may not {command} {turbine_id}")
    return claims["sub"]
