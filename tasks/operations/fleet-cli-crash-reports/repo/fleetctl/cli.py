"""Command-line entry point."""
import argparse

from .api import FleetClient
from .settings import Settings


def _cmd_devices(client, args):
    for device in client.list_devices():
        print(f"{device['id']:<12} {device['site']:<16} {device['state']}")


def _cmd_status(client, args):
    status = client.device_status(args.device)
    print(f"{args.device}: {status['state']} (firmware {status['firmware']}, uptime {status['uptime_s']}s)")


def _cmd_reboot(client, args):
    job = client.reboot(args.device)
    print(f"reboot of {args.device} queued as job {job['job_id']}")


def build_parser():
    parser = argparse.ArgumentParser(prog="fleetctl")
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("devices", help="list gateways").set_defaults(func=_cmd_devices)
    for name, func in (("status", _cmd_status), ("reboot", _cmd_reboot)):
        cmd = sub.add_parser(name)
        cmd.add_argument("device")
        cmd.set_defaults(func=func)
    return parser


def main(argv=None):
    args = build_parser().parse_args(argv)
    client = FleetClient(Settings.from_env())
    args.func(client, args)
    return 0
