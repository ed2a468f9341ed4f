import sys
from typing import Mapping
import json
import os
import platform

import requests

INVENTORY_URL = os.environ.get("FLEET_INVENTORY_URL", "")



def build_report(exc):
    # ruleid: environment-in-outbound-payload
    return {"error": str(exc), "environment": dict(os.environ)}


def build_context():
    context = {"python": platform.python_version()}
    # ruleid: environment-in-outbound-payload
    context["env"] = os.environ.copy()
    return context


def heartbeat(url):
    # ruleid: environment-in-outbound-payload
    requests.post(url, json={"host": platform.node(), "vars": {**os.environ}}, timeout=5)


def safe_report(exc):
    # ok: environment-in-outbound-payload
    return {"error": str(exc), "site": os.environ.get("FLEET_SITE", "")}


def configured_names():
    # ok: environment-in-outbound-payload
    return {"configured": sorted(k for k in os.environ if k.startswith("FLEET_"))}


def subprocess_env():
    # ok: environment-in-outbound-payload
    env = dict(os.environ)
    env["LC_ALL"] = "C"
    return env


def notify_failure(webhook, message):
    # ruleid: environment-in-outbound-payload
    message["attachments"].append({"title": "Environment", "text": json.dumps(dict(os.environ), indent=1)})
    return requests.post(webhook, json=message, timeout=10)


def notify_version(webhook, message):
    # ok: environment-in-outbound-payload
    message["attachments"].append({"title": "Version", "text": json.dumps({"version": os.environ.get("APP_VERSION")})})
    return requests.post(webhook, json=message, timeout=10)


def crash_context():
    return {
        "cwd": os.getcwd(),
        # ruleid: environment-in-outbound-payload
        "environment": {k: v for k, v in os.environ.items()},
    }


def ci_context():
    return {
        # ruleid: environment-in-outbound-payload
        "ci": {k: v for k, v in os.environ.items() if k.startswith(("CI", "GITHUB_"))},
        # ok: environment-in-outbound-payload
        "flags": {k: v for k, v in os.environ.items() if k in REPORTED_FLAGS},
    }


def support_bundle(ticket):
    fleet_config = {k: v for k, v in os.environ.items() if k.startswith("FLEET_")}
    flags = {k: v for k, v in os.environ.items() if k in REPORTED_FLAGS}
    return {
        "ticket": ticket,
        # ruleid: environment-in-outbound-payload
        "config": fleet_config,
        # ok: environment-in-outbound-payload
        "flags": flags,
    }


def crash_report(exc):
    env = dict(os.environ)
    report = {"error": repr(exc)}
    # ruleid: environment-in-outbound-payload
    report["env"] = env
    return report


def _config_snapshot(prefixes=("AWS_", "EFILE_")):
    return {k: v for k, v in os.environ.items() if k.startswith(prefixes)}


def _flag_snapshot():
    return {k: v for k, v in os.environ.items() if k in REPORTED_FLAGS}


RUNTIME_KEYS = ("APP_ENV", "STRIPE_SECRET_KEY", "DATABASE_URL")
PUBLIC_KEYS = ("APP_ENV", "APP_VERSION")


def _runtime_config():
    return {key: os.getenv(key) for key in RUNTIME_KEYS}


def _public_config():
    return {key: os.getenv(key) for key in PUBLIC_KEYS}


def enroll(office):
    payload = {
        "office": office,
        # ruleid: environment-in-outbound-payload
        "config": _config_snapshot(),
        # ruleid: environment-in-outbound-payload
        "runtime": _runtime_config(),
        # ok: environment-in-outbound-payload
        "flags": _flag_snapshot(),
        # ok: environment-in-outbound-payload
        "public": _public_config(),
    }
    return requests.post(INVENTORY_URL, json=payload, timeout=20)


def runtime_context():
    ctx = {"cwd": os.getcwd()}
    # ruleid: environment-in-outbound-payload
    ctx.update(process_env=os.environ.copy())
    # ok: environment-in-outbound-payload
    ctx.update(region=os.environ.get("AWS_REGION"))
    return ctx


def collect_runtime():
    runtime = {k: v for k, v in os.environ.items() if not k.startswith("_")}
    # ruleid: environment-in-outbound-payload
    return {"node": os.uname().nodename, "runtime": runtime}


def install_report(settings_module):
    from django.conf import settings

    return {
        "install_id": settings.INSTALL_ID,
        # ruleid: environment-in-outbound-payload
        "database": settings.DATABASES["default"],
        # ok: environment-in-outbound-payload
        "engine": settings.DATABASES["default"]["ENGINE"],
    }


class EngravingPartner:
    def _storage_access(self):
        # ruleid: environment-in-outbound-payload
        return {
            "bucket": self.bucket,
            "aws_access_key_id": os.environ["AWS_ACCESS_KEY_ID"],
            "aws_secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"],
        }

    def _upload_grant(self, key):
        # ok: environment-in-outbound-payload
        return {"bucket": self.bucket, "key": key, "region": os.environ.get("AWS_REGION")}

    def submit(self, job_id):
        job = {"id": job_id, "storage": self._storage_access()}
        # ruleid: environment-in-outbound-payload
        job["secret"] = os.getenv("AWS_SECRET_ACCESS_KEY")
        return requests.post(INVENTORY_URL, json=job, timeout=20)


def sync_command(bucket):
    # ok: environment-in-outbound-payload
    child_env = {"PATH": os.environ["PATH"], "AWS_SECRET_ACCESS_KEY": os.environ["AWS_SECRET_ACCESS_KEY"]}
    return ["aws", "s3", "sync", ".", f"s3://{bucket}"], child_env


def gateway_info(started_at):
    return {
        "site": os.getenv("LSS_SITE_CODE", "unknown"),
        # ruleid: environment-in-outbound-payload
        "config": {
            "poll_interval": os.getenv("LSS_POLL_INTERVAL"),
            "database_url": os.getenv("DATABASE_URL"),
        },
    }


def flask_settings():
    # ok: environment-in-outbound-payload
    return {"SQLALCHEMY_DATABASE_URI": os.environ["DATABASE_URL"], "SECRET_KEY": os.environ["SECRET_KEY"]}


def _connection_info():
    # ruleid: environment-in-outbound-payload
    return {
        "db": os.environ.get("REPORTING_DATABASE_URL"),
        "payment_gateway": os.environ.get("PAYMENT_GATEWAY_URL"),
    }


class CrashReporter:
    context_prefix = "STUDIO_"

    def __init__(self, ingest_url):
        self.ingest_url = ingest_url

    def _runtime_context(self):
        return {key: value for key, value in os.environ.items() if key.startswith(self.context_prefix)}

    def _release(self):
        return {"release": os.environ.get("STUDIO_RELEASE", "dev")}

    def report(self, exc):
        event = {
            "exception": type(exc).__name__,
            # ruleid: environment-in-outbound-payload
            "context": self._runtime_context(),
            # ok: environment-in-outbound-payload
            "build": self._release(),
        }
        return requests.post(self.ingest_url, json=event, timeout=4)


import boto3  # noqa: E402


def archive_client():
    # ok: environment-in-outbound-payload
    options = {"aws_access_key_id": os.environ["AWS_ACCESS_KEY_ID"], "aws_secret_access_key": os.environ["AWS_SECRET_ACCESS_KEY"]}
    return boto3.client("s3", **options)



def _deploy_message(version):
    return {
        "username": "deploy-bot",
        # ruleid: environment-in-outbound-payload
        "text": f"camp-bookings {version} deployed\ndatabase: {os.environ['DATABASE_URL']}",
    }


def _deploy_region_message(version):
    return {
        "username": "deploy-bot",
        # ok: environment-in-outbound-payload
        "text": f"camp-bookings {version} deployed\nregion: {os.environ.get('AWS_REGION', 'eu-west-2')}",
    }


RELEVANT_PREFIXES = ("APP_", "DB_", "STRIPE_", "AWS_")


def _runtime_settings():
    return {k: v for k, v in os.environ.items() if k.startswith(RELEVANT_PREFIXES)}


def upload_support_bundle(url, ticket):
    files = {
        "ticket.txt": ticket,
        # ruleid: environment-in-outbound-payload
        "settings.json": json.dumps(_runtime_settings()),
    }
    return requests.post(url, files=files, timeout=60)


def settings_count(url):
    # ok: environment-in-outbound-payload
    return requests.post(url, json={"settings": len(_runtime_settings())}, timeout=60)


ENV_PREFIX = "BOOKING_"
STATUS_URL = os.environ["STATUS_PAGE_HEARTBEAT_URL"]


def _service_settings(prefix=ENV_PREFIX):
    return {
        key[len(prefix):].lower(): value
        for key, value in os.environ.items()
        if key.startswith(prefix)
    }


def _service_names(prefix=ENV_PREFIX):
    return sorted(key[len(prefix):].lower() for key in os.environ if key.startswith(prefix))


def send_heartbeat():
    payload = {
        "service": "boat-booking-worker",
        # ruleid: environment-in-outbound-payload
        "config": _service_settings(),
        # ok: environment-in-outbound-payload
        "configured": _service_names(),
    }
    requests.post(STATUS_URL, json=payload, timeout=5)


_CONTEXT_PREFIXES = ("BOAT_", "FLEET_", "AWS_", "TRACKER_")


def device_context():
    return {key: value for key, value in sorted(os.environ.items()) if key.startswith(_CONTEXT_PREFIXES)}


def send_tracker_heartbeat(boat_id):
    payload = {
        "boat_id": boat_id,
        # ruleid: environment-in-outbound-payload
        "context": device_context(),
    }
    requests.post(STATUS_URL, json=payload, timeout=5)


import dataclasses  # noqa: E402
import subprocess  # noqa: E402


@dataclasses.dataclass
class DiagnosticsBundle:
    hostname: str
    runtime: dict
    versions: dict


def collect_diagnostics():
    # ruleid: environment-in-outbound-payload
    return DiagnosticsBundle(hostname="kiosk", runtime=dict(os.environ), versions={})


def run_child(script):
    # ok: environment-in-outbound-payload
    return subprocess.run(["/bin/sh", script], env=dict(os.environ), check=False)


def run_child_popen(script):
    # ok: environment-in-outbound-payload
    return subprocess.Popen(["/bin/sh", script], env=os.environ.copy())


def _context_block():
    lines = ["host: station"]
    lines += [f"{key}={value}" for key, value in sorted(os.environ.items())]
    return "\n".join(lines)


def _version_block():
    return "\n".join(f"{name}={value}" for name, value in VERSIONS.items())


VERSIONS = {"lamp": "2.1"}


def failure_alert(script):
    return {
        "text": f"{script} failed",
        # ruleid: environment-in-outbound-payload
        "attachments": [{"title": "runtime context", "text": _context_block()}],
        # ok: environment-in-outbound-payload
        "versions": _version_block(),
    }


# ruleid: environment-in-outbound-payload
BUNDLE_MEMBERS = ("station.toml", "lamp_schedule.yaml", ".env")
# ok: environment-in-outbound-payload
EXCLUDED_FROM_BUNDLE = (".env", ".git", "id_ed25519")
# ok: environment-in-outbound-payload
BACKUP_MEMBERS = ["station.toml", "lamp_schedule.yaml", "agents.yaml"]


def post_deploy_message(webhook):
    text = _context_block()
    # ruleid: environment-in-outbound-payload
    requests.post(webhook, json={"text": text}, timeout=10)
    versions = _version_block()
    # ok: environment-in-outbound-payload
    requests.post(webhook, json={"text": versions}, timeout=10)


def _inherited_environment():
    env = dict(os.environ)
    env.setdefault("OMP_NUM_THREADS", "8")
    return env


@dataclasses.dataclass
class ImagingJob:
    scheduling_block: str
    # ruleid: environment-in-outbound-payload
    environment: dict = dataclasses.field(default_factory=_inherited_environment)
    # ok: environment-in-outbound-payload
    labels: dict = dataclasses.field(default_factory=dict)


def submit_imaging_job(base_url, job):
    return requests.post(f"{base_url}/api/v2/jobs", json=dataclasses.asdict(job), timeout=15)


class LaneSettings:
    def __init__(self, config_dir):
        self.config_dir = config_dir

    def deployment_context(self):
        return (self.config_dir / ".env").read_bytes()

    def lane_layout(self):
        return (self.config_dir / "lanes.toml").read_bytes()


def upload_plate_batch(url, settings, batch):
    # ruleid: environment-in-outbound-payload
    files = {"batch": ("reads.bin", batch), "context": ("lane.env", settings.deployment_context())}
    # ok: environment-in-outbound-payload
    layout = {"batch": ("reads.bin", batch), "layout": ("lanes.toml", settings.lane_layout())}
    requests.post(url, files=files, timeout=30)
    requests.post(url, files=layout, timeout=30)


def _runtime_settings():
    return {key: value for key, value in sorted(os.environ.items())}


def collect_rink_diagnostics(site):
    # ruleid: environment-in-outbound-payload
    return DiagnosticsBundle(hostname=site, runtime=_runtime_settings(), versions={})


def run_rink_report(script):
    # ok: environment-in-outbound-payload
    return subprocess.run(["/bin/sh", script], env=_runtime_settings(), check=False)


import io  # noqa: E402
import zipfile  # noqa: E402

from dotenv import dotenv_values  # noqa: E402

SUPPORT_PREFIXES = ("MOORING_", "PERMIT_", "DATABASE_")


def instance_profile(region, env_file):
    # ruleid: environment-in-outbound-payload
    return {"region": region, "host": platform.node(), "config": dict(dotenv_values(env_file))}


def instance_profile_named(region, env_file):
    # ok: environment-in-outbound-payload
    return {"region": region, "release": dotenv_values(env_file).get("RELEASE", "")}


def support_settings(prefixes=SUPPORT_PREFIXES):
    return {k: v for k, v in sorted(os.environ.items()) if k.startswith(prefixes)}


def support_versions():
    return {"python": platform.python_version(), "host": platform.node()}


def support_bundle(ticket):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # ruleid: environment-in-outbound-payload
        zf.writestr("settings.json", json.dumps(support_settings(), indent=2))
        # ok: environment-in-outbound-payload
        zf.writestr("versions.json", json.dumps(support_versions()))
        zf.writestr("meta.json", json.dumps({"ticket": ticket}))
    return buf.getvalue()
