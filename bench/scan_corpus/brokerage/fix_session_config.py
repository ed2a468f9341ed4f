"""Session definitions for the FIX gateway's outbound connections to execution venues.

Rendered into a QuickFIX settings file at gateway start-up.
"""
import os
from pathlib import Path

DEFAULTS = {
    "ConnectionType": "initiator",
    "HeartBtInt": "30",
    "ReconnectInterval": "5",
    "StartTime": "00:00:00",
    "EndTime": "00:00:00",
    "FileStorePath": os.environ.get("FIX_STORE_DIR", "/var/lib/fixgw/store"),
    "SocketUseSSL": "Y",
}

SESSIONS = {
    "ARCA": {
        "BeginString": "FIX.4.2",
        "SenderCompID": "ACMEBRK",
        "TargetCompID": "ARCA",
        "SocketConnectHost": os.environ["ARCA_FIX_HOST"],
        "SocketConnectPort": os.environ["ARCA_FIX_PORT"],
        "Username": "ACMEBRK01",
        "Password": os.environ["ARCA_FIX_PASSWORD"],
    },
    "IEXG": {
        "BeginString": "FIX.4.4",
        "SenderCompID": "ACMEBRK",
        "TargetCompID": "IEXG",
        "SocketConnectHost": os.environ["IEX_FIX_HOST"],
        "SocketConnectPort": os.environ["IEX_FIX_PORT"],
        "Username": "ACMEBRK_IEX",
        "Password": "Vq7#mT2pLw9xRk4e",
    },
}


def render_settings(path: Path) -> Path:
    lines = ["[DEFAULT]"] + [f"{k}={v}" for k, v in DEFAULTS.items()]
    for name, cfg in SESSIONS.items():
        lines += ["", "[SESSION]", f"# {name}"]
        lines += [f"{k}={v}" for k, v in cfg.items()]
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write("\n".join(lines) + "\n")
    return path
