"""Collect kernel and package facts from hosts for the CMDB sync job."""
import os
from contextlib import contextmanager
from pathlib import Path

import paramiko

KNOWN_HOSTS = Path(os.environ.get("PROBE_KNOWN_HOSTS", "/etc/cmdb-probe/known_hosts"))
PROBE_USER = os.environ.get("PROBE_USER", "cmdb")
PROBE_KEY = os.environ.get("PROBE_KEY_FILE", "/etc/cmdb-probe/id_ed25519")

FACT_COMMANDS = {
    "kernel": "uname -r",
    "os_release": "cat /etc/os-release",
    "packages": "dpkg-query -W -f='${Package} ${Version}\\n'",
}


@contextmanager
def ssh_session(host: str, port: int = 22):
    client = paramiko.SSHClient()
    client.load_system_host_keys()
    client.load_host_keys(str(KNOWN_HOSTS))
    # host keys are pre-seeded from the provisioning pipeline; unknown hosts are an error
    client.set_missing_host_key_policy(paramiko.RejectPolicy())
    client.connect(host, port=port, username=PROBE_USER, key_filename=PROBE_KEY, timeout=15)
    try:
        yield client
    finally:
        client.close()


def collect_facts(host: str) -> dict[str, str]:
    facts = {"host": host}
    with ssh_session(host) as client:
        for key, cmd in FACT_COMMANDS.items():
            _, out, err = client.exec_command(cmd, timeout=30)
            status = out.channel.recv_exit_status()
            facts[key] = out.read().decode() if status == 0 else f"error: {err.read().decode()}"
    return facts
