"""Push a new build-agent bundle to the Linux build farm and restart the agents.

Usage: python build_agent_deploy.py agent-bundle.tar.gz build-01.farm.internal build-02.farm.internal
"""
import argparse
import os
import sys

import paramiko

REMOTE_BUNDLE = "/opt/build-agent/incoming/agent-bundle.tar.gz"
RESTART_CMD = "sudo /opt/build-agent/bin/install-bundle /opt/build-agent/incoming/agent-bundle.tar.gz"


def deploy(host: str, bundle: str, user: str, key_file: str) -> int:
    client = paramiko.SSHClient()
    client.set_missing_host_key_policy(paramiko.AutoAddPolicy())
    client.connect(host, username=user, key_filename=key_file, timeout=15)
    try:
        with client.open_sftp() as sftp:
            sftp.put(bundle, REMOTE_BUNDLE)
        _, stdout, stderr = client.exec_command(RESTART_CMD, timeout=120)
        status = stdout.channel.recv_exit_status()
        if status != 0:
            sys.stderr.write(f"{host}: install failed\n{stderr.read().decode()}\n")
        return status
    finally:
        client.close()


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("bundle")
    parser.add_argument("hosts", nargs="+")
    parser.add_argument("--user", default=os.environ.get("BUILD_FARM_USER", "buildbot"))
    parser.add_argument("--key", default=os.path.expanduser("~/.ssh/build_farm_ed25519"))
    args = parser.parse_args()
    failures = sum(1 for host in args.hosts if deploy(host, args.bundle, args.user, args.key) != 0)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
