import sys
from typing import Mapping
import json
import os
import platform

import requests

INVENTORY_URL = os.environ.get("FLEET_INVENTORY_URL", "")

import dataclasses  # noqa: E402
import subprocess  # noqa: E402
from dotenv import dotenv_values  # noqa: E402


class TabletProfile:
    def __init__(self, app_root):
        self.app_root = app_root

    def config_snapshot(self):
        return dict(dotenv_values(self.app_root + "/.env"))

    def app_version(self):
        return "4.1"


class DeviceRegistry:
    def register(self, profile):
        # ruleid: environment-in-outbound-payload
        snapshot = profile.config_snapshot()
        body = {"app": "levee-inspect", "config": snapshot}
        # ok: environment-in-outbound-payload
        version = profile.app_version()
        meta = {"app": "levee-inspect", "version": version}
        requests.post("https://mdm.example/devices", json={**body, **meta}, timeout=20)


def load_env_file(path):
    pairs = {}
    for line in open(path, encoding="utf-8"):
        name, sep, value = line.strip().partition("=")
        if sep and not name.startswith("#"):
            pairs[name] = value
    return pairs


def load_feature_flags(path):
    with open(path, encoding="utf-8") as fh:
        return json.load(fh)


class StackBeacon:
    def __init__(self, url, env_path="/srv/stack/.env", flags_path="/srv/stack/flags.json"):
        self.url = url
        self.env_path = env_path
        self.flags_path = flags_path

    def beat(self):
        # ruleid: environment-in-outbound-payload
        body = {"site": platform.node(), "settings": load_env_file(self.env_path)}
        # ok: environment-in-outbound-payload
        extra = {"site": platform.node(), "flags": load_feature_flags(self.flags_path)}
        requests.post(self.url, json={**body, **extra}, timeout=10)


from pathlib import Path  # noqa: E402


class KioskEnvFile:
    def __init__(self, location=Path("/srv/kiosk/.env")):
        self.location = location

    def pairs(self):
        found = {}
        for raw in self.location.read_text().splitlines():
            name, sep, val = raw.partition("=")
            if sep:
                found[name.strip()] = val.strip()
        return found

    def lookup(self, wanted):
        for raw in self.location.read_text().splitlines():
            if raw.startswith(wanted + "="):
                return raw.split("=", 1)[1]
        return ""


class KioskLabelsFile:
    def __init__(self, location=Path("/srv/kiosk/labels.ini")):
        self.location = location

    def tags(self):
        return dict(raw.split("=", 1) for raw in self.location.read_text().splitlines() if "=" in raw)


class LaneEnvReader:
    def __init__(self, source: str = "/etc/lane/.env.production"):
        self.source = source

    def entries(self):
        with open(self.source, encoding="utf-8") as fh:
            return dict(row.rstrip("\n").split("=", 1) for row in fh if "=" in row)


class KioskCheckin:
    def __init__(self, envfile=None, labelsfile=None, lane=None):
        self.envfile = envfile or KioskEnvFile()
        self.labelsfile = labelsfile or KioskLabelsFile()
        self.lane = lane or LaneEnvReader()

    def checkin(self):
        body = {
            "kiosk": platform.node(),
            # ruleid: environment-in-outbound-payload
            "settings": self.envfile.pairs(),
            # ok: environment-in-outbound-payload
            "region": self.envfile.lookup("KIOSK_REGION"),
            # ok: environment-in-outbound-payload
            "tags": self.labelsfile.tags(),
        }
        requests.post("https://fleet.example/kiosks", json=body, timeout=10)

    def lane_checkin(self):
        body = {"kiosk": platform.node()}
        # ruleid: environment-in-outbound-payload
        body["lane"] = self.lane.entries()
        requests.post("https://fleet.example/lanes", json=body, timeout=10)


class DepotAgent:
    def __init__(self, env_file):
        self.env_file = env_file
        self._depot_values = {}
        self._depot_tags = {}
        self.spawn_env = os.environ.copy()

    def refresh(self):
        self._depot_values = dict(dotenv_values(self.env_file))

    def enrolment(self):
        return {
            "agent": platform.node(),
            # ruleid: environment-in-outbound-payload
            "config": {**self._depot_values},
            # ok: environment-in-outbound-payload
            "tags": {**self._depot_tags},
            # ok: environment-in-outbound-payload
            "config_count": len(self._depot_values),
        }

    def enrolment_copy(self):
        # ruleid: environment-in-outbound-payload
        return {"agent": platform.node(), "process": dict(self.spawn_env)}

    def run_hook(self, argv):
        # ok: environment-in-outbound-payload
        return subprocess.run(argv, env={**self.spawn_env, **self._depot_values}, check=True)

    def push(self):
        requests.post("https://depot.example/agents", json=self.enrolment(), timeout=10)


def redacted_config(environ):
    return {name: "[redacted]" if "SECRET" in name else value for name, value in environ.items()}


def support_bundle(reason):
    # ok: environment-in-outbound-payload
    bundle = {"reason": reason, "config": redacted_config(os.environ)}
    requests.post("https://vendor.example/support", json=bundle, timeout=30)
    # ruleid: environment-in-outbound-payload
    crash = {"reason": reason, "config": json.dumps(os.environ, default=str)}
    requests.post("https://vendor.example/crash", json=crash, timeout=30)


class DiagnosticsBundle:
    def __init__(self, ticket):
        self.ticket = ticket

    @property
    def environment(self):
        return dict(os.environ)

    @property
    def interpreter(self):
        return {"python": sys.version, "platform": platform.platform()}

    def as_payload(self):
        return {
            "ticket": self.ticket,
            # ok: environment-in-outbound-payload
            "interpreter": self.interpreter,
            # ruleid: environment-in-outbound-payload
            "environment": self.environment,
        }



def send_diagnostics(ticket):
    bundle = DiagnosticsBundle(ticket)
    requests.post("https://vendor.example/diagnostics", json=bundle.as_payload(), timeout=30)


def support_manifest(home):
    agent_values = dotenv_values(home / ".env")
    return {
        "agent_version": (home / "VERSION").read_text().strip(),
        # ruleid: environment-in-outbound-payload
        "agent": dict(agent_values),
    }


def support_manifest_release(home):
    agent_values = dotenv_values(home / ".env")
    # ok: environment-in-outbound-payload
    return {"release": agent_values.get("RELEASE", ""), "count": len(dict(agent_values))}


@dataclasses.dataclass
class WorkerCrash:
    worker: str
    host: str = "localhost"
    # ruleid: environment-in-outbound-payload
    inherited_env: dict = dataclasses.field(default_factory=lambda: dict(os.environ))

    def to_payload(self):
        return {"worker": self.worker, "runtime": {"host": self.host, "env": self.inherited_env}}



def deploy_failure_message(step, env_file):
    loaded = dotenv_values(env_file)
    return {
        "text": f"deploy step {step} failed",
        # ruleid: environment-in-outbound-payload
        "attachments": [{"title": "Loaded configuration", "text": f"```{json.dumps(loaded, indent=2)}```"}],
    }


def deploy_failure_summary(step, env_file):
    loaded = dotenv_values(env_file)
    return {
        "text": f"deploy step {step} failed",
        # ok: environment-in-outbound-payload
        "attachments": [{"title": "Configured keys", "text": json.dumps(sorted(loaded))}],
    }


def send_deploy_failure(url, step, env_file):
    return requests.post(url, json=deploy_failure_message(step, env_file), timeout=10)


class SyncDiagnostics:
    def __init__(self, app_dir):
        self.app_dir = app_dir
        self.sections = {}

    def collect_config(self):
        # ruleid: environment-in-outbound-payload
        self.sections["config"] = dotenv_values(self.app_dir / ".env")

    def collect_config_names(self):
        # ok: environment-in-outbound-payload
        self.sections["config_keys"] = sorted(dotenv_values(self.app_dir / ".env"))

    def payload(self, ticket):
        return {"ticket": ticket, "sections": self.sections}


def upload_sync_diagnostics(url, bundle, ticket):
    return requests.post(url, json=bundle.payload(ticket), timeout=20)


def van_support_attachments(app_dir):
    attachments = {"app.log": (app_dir / "logs" / "app.log").read_text()}
    env_file = app_dir / ".env"
    log_file = app_dir / "sync.log"
    # ruleid: environment-in-outbound-payload
    attachments["config.env"] = env_file.read_text(encoding="utf-8")
    # ok: environment-in-outbound-payload
    attachments["sync.log"] = log_file.read_text(encoding="utf-8")
    return attachments


def open_van_ticket(url, app_dir):
    return requests.post(url, json={"attachments": van_support_attachments(app_dir)}, timeout=30)


def _release_snapshot():
    return dict(os.environ)


class ReleaseContext:
    PREFIXES = ("PIPELINE_", "DISTRIBUTOR_")

    @staticmethod
    def snapshot():
        return {k: v for k, v in os.environ.items() if k.startswith(ReleaseContext.PREFIXES)}

    @staticmethod
    def versions():
        return {"python": platform.python_version()}


def release_failure_blocks(step):
    # ruleid: environment-in-outbound-payload
    context = json.dumps(ReleaseContext.snapshot(), indent=2)
    # ok: environment-in-outbound-payload
    versions = json.dumps(ReleaseContext.versions(), indent=2)
    # ruleid: environment-in-outbound-payload
    everything = json.dumps(_release_snapshot())
    return [{"type": "section", "text": {"type": "mrkdwn", "text": f"{step}\n```{context}```\n{versions}\n{everything}"}}]


def post_release_failure(url, step):
    return requests.post(url, json={"blocks": release_failure_blocks(step)}, timeout=10)


def collect_support_bundle(app_root, description):
    env_file = app_root / ".env"
    config_text = env_file.read_text(encoding="utf-8") if env_file.exists() else ""
    readme = app_root / "README"
    readme_text = readme.read_text(encoding="utf-8") if readme.exists() else ""
    return {
        "description": description,
        # ok: environment-in-outbound-payload
        "readme": readme_text,
        # ruleid: environment-in-outbound-payload
        "config": config_text,
    }


def collect_env_text(app_root):
    env_file = app_root / ".env"
    text = env_file.read_text()
    # ruleid: environment-in-outbound-payload
    return {"env": text, "size": len(text)}


def upload_support_bundle(url, bundle):
    return requests.post(url, json=bundle, timeout=60)


class SiteSnapshot:
    def __init__(self, site, env_file):
        self.site = site
        self.env_file = env_file

    @property
    def site_values(self):
        return {k: v or "" for k, v in dotenv_values(self.env_file).items()}

    @property
    def names(self):
        return sorted(k for k in dotenv_values(self.env_file))

    def as_payload(self):
        # ruleid: environment-in-outbound-payload
        return {"site": self.site, "values": self.site_values}

    def as_summary(self):
        # ok: environment-in-outbound-payload
        return {"site": self.site, "names": self.names}

    def register(self, url):
        return requests.put(url, json=self.as_payload(), timeout=10)


class AgentCrashContext:
    def __init__(self, env_file):
        self.env_file = env_file

    def context(self):
        config = dotenv_values(self.env_file) if self.env_file.exists() else {}
        # ruleid: environment-in-outbound-payload
        return {"platform": sys.platform, "config": config}

    def release(self):
        config = dotenv_values(self.env_file) if self.env_file.exists() else {}
        # ok: environment-in-outbound-payload
        return {"platform": sys.platform, "release": config.get("RELEASE", "")}


def load_kiosk_settings(env_file):
    # ok: environment-in-outbound-payload
    return {**dotenv_values(env_file), **os.environ}


def kiosk_support_payload(env_file):
    # ruleid: environment-in-outbound-payload
    return {"kiosk": platform.node(), **dotenv_values(env_file)}


def _settings_from_file(path):
    values = {}
    for line in path.read_text().splitlines():
        key, _, value = line.partition("=")
        values[key.strip()] = value.strip()
    return values


def fitting_bundle(app_root):
    return {
        "host": platform.node(),
        # ruleid: environment-in-outbound-payload
        "settings": _settings_from_file(app_root / ".env"),
    }


def fitting_bundle_release(app_root):
    return {
        "host": platform.node(),
        # ok: environment-in-outbound-payload
        "release": _settings_from_file(app_root / "RELEASE"),
    }


class ReconstructionRunner:
    def __init__(self, tool, threads=8):
        self._tool = tool
        self._threads = threads

    def _child_env(self):
        # ok: environment-in-outbound-payload
        return {**os.environ, "OMP_NUM_THREADS": str(self._threads)}

    def _status_context(self):
        # ruleid: environment-in-outbound-payload
        return {**os.environ, "threads": str(self._threads)}

    def run(self, job_dir):
        proc = subprocess.run([self._tool, "reconstruct", job_dir], env=self._child_env(), capture_output=True)
        requests.post("https://status.example.org/jobs", json={"context": self._status_context()}, timeout=10)
        return proc.returncode


def _relay_config(home):
    settings = json.loads((home / "relay.json").read_text())
    settings.update(dotenv_values(home / ".env"))
    return settings


def _relay_release(home):
    settings = json.loads((home / "relay.json").read_text())
    settings.update(json.loads((home / "release.json").read_text()))
    return settings


def relay_support_bundle(home):
    return {
        # ruleid: environment-in-outbound-payload
        "config": _relay_config(home),
        # ok: environment-in-outbound-payload
        "release": _relay_release(home),
    }


def crash_report(exc, env_file):
    # ruleid: environment-in-outbound-payload
    return {"message": str(exc), "configuration": dotenv_values(env_file) if env_file.exists() else {}}


def crash_report_release(exc, release_file):
    # ok: environment-in-outbound-payload
    return {"message": str(exc), "release": release_file.read_text() if release_file.exists() else ""}


class HostingSupportBundle:
    def __init__(self, env_file):
        self.env_file = env_file

    def configured_keys(self):
        return sorted(dotenv_values(self.env_file).keys())

    def configured_values(self):
        return dotenv_values(self.env_file)

    def manifest(self):
        # ok: environment-in-outbound-payload
        return {"python": platform.python_version(), "settings_present": self.configured_keys()}

    def full_manifest(self):
        # ruleid: environment-in-outbound-payload
        return {"python": platform.python_version(), "settings": self.configured_values()}
