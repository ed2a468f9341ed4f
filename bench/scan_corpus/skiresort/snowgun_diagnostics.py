"""CLI used by snowmaking technicians to check and restart fan guns.

    snowgun-diag status G14
    snowgun-diag restart G14 --reason "nozzle ice"
"""
import argparse
import logging
import re
import subprocess
import sys

GUN_ID = re.compile(r"^G\d{2,3}$")
log = logging.getLogger("snowgun.diag")


def _unit(gun_id: str) -> str:
    if not GUN_ID.fullmatch(gun_id):
        raise ValueError(f"invalid gun id {gun_id!r}")
    return f"snowgun@{gun_id}.service"


def status(gun_id: str) -> int:
    result = subprocess.run(
        ["systemctl", "status", "--no-pager", _unit(gun_id)],
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stdout.write(result.stdout)
    return result.returncode


def restart(gun_id: str, reason: str) -> int:
    log.info("restarting %s: %s", gun_id, reason)
    result = subprocess.run(["sudo", "-n", "systemctl", "restart", _unit(gun_id)], check=False)
    return result.returncode


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(prog="snowgun-diag")
    sub = parser.add_subparsers(dest="command", required=True)
    p_status = sub.add_parser("status")
    p_status.add_argument("gun_id")
    p_restart = sub.add_parser("restart")
    p_restart.add_argument("gun_id")
    p_restart.add_argument("--reason", default="manual")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO)
    try:
        if args.command == "status":
            return status(args.gun_id)
        return restart(args.gun_id, args.reason)
    except ValueError as exc:
        parser.error(str(exc))
        return 2


if __name__ == "__main__":
    sys.exit(main())
