"""Restart and status helpers for the FIDS player service on display hosts.

Each screen runs a systemd template unit ``fids-player@<screen>.service``.
"""
import re
import subprocess

SCREEN_ID = re.compile(r"^[A-Z]{1,2}\d{1,3}-(GATE|BELT|CHK|INFO)-\d{2}$")
SYSTEMCTL = "/usr/bin/systemctl"


class InvalidScreen(ValueError):
    pass


def _unit(screen_id: str) -> str:
    if not SCREEN_ID.fullmatch(screen_id):
        raise InvalidScreen(screen_id)
    return f"fids-player@{screen_id}.service"


def restart_player(screen_id: str) -> None:
    subprocess.run([SYSTEMCTL, "restart", _unit(screen_id)], check=True, timeout=30)


def player_status(screen_id: str) -> dict:
    proc = subprocess.run(
        [SYSTEMCTL, "show", _unit(screen_id), "--property=ActiveState,SubState,ExecMainStartTimestamp"],
        capture_output=True,
        text=True,
        timeout=10,
    )
    if proc.returncode != 0:
        return {"screen": screen_id, "state": "unknown", "error": proc.stderr.strip()}
    props = dict(line.split("=", 1) for line in proc.stdout.splitlines() if "=" in line)
    return {
        "screen": screen_id,
        "state": props.get("ActiveState"),
        "sub_state": props.get("SubState"),
        "since": props.get("ExecMainStartTimestamp"),
    }
