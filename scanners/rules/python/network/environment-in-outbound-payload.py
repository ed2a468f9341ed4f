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


def _env_file_settings(env_file):
    return dict(dotenv_values(env_file))


class FleetNodeRegistrar:
    def __init__(self, client, env_file):
        self.client = client
        self.env_file = env_file

    @staticmethod
    def _load_config():
        return dict(dotenv_values(".env"))

    def _release(self):
        return dotenv_values(self.env_file).get("RELEASE", "")

    def registration_payload(self, site_code):
        return {
            "site": site_code,
            # ruleid: environment-in-outbound-payload
            "config": self._load_config(),
            # ok: environment-in-outbound-payload
            "release": self._release(),
        }

    def settings_payload(self):
        # ruleid: environment-in-outbound-payload
        return {"settings": _env_file_settings(self.env_file)}


@dataclasses.dataclass
class AllocatorHeartbeat:
    terminal: str
    # ruleid: environment-in-outbound-payload
    runtime_config: dict = dataclasses.field(default_factory=lambda: dict(dotenv_values(".env")))
    # ok: environment-in-outbound-payload
    release: str = dataclasses.field(default_factory=lambda: dotenv_values(".env").get("RELEASE", ""))


SITE_PREFIX = "CARWASH_"


def site_settings(environ: Mapping[str, str] = os.environ) -> dict:
    return {key[len(SITE_PREFIX):].lower(): value for key, value in environ.items() if key.startswith(SITE_PREFIX)}


def site_labels(labels=os.environ):
    return {key: value for key, value in labels.items()}


def site_code_only(environ: Mapping[str, str] = os.environ) -> dict:
    return {"site_code": environ.get("CARWASH_SITE_CODE", "")}


class OnboardingClient:
    def __init__(self, registry_url):
        self.registry_url = registry_url

    def register(self, settings, note=""):
        body = {"site": "bay-4", "settings": settings, "note": note}
        return requests.post(f"{self.registry_url}/sites/register", json=body, timeout=30)

    def describe(self, settings):
        summary = {"settings": settings}
        return json.dumps(summary)


def onboard(client):
    # ruleid: environment-in-outbound-payload
    client.register(site_settings())
    # ruleid: environment-in-outbound-payload
    client.register(note="relabel", settings=site_labels())
    # ok: environment-in-outbound-payload
    client.register(site_code_only())
    # ok: environment-in-outbound-payload
    print(client.describe(site_settings()))


def _prefixed_settings(prefixes):
    return {k: v for k, v in os.environ.items() if k.startswith(prefixes)}


def _named_settings(names):
    return {k: os.environ.get(k, "") for k in names}


@dataclasses.dataclass
class CourierTicket:
    courier_id: str
    settings: dict
    child_env: dict = dataclasses.field(default_factory=dict)


class CourierTicketBuilder:
    def __init__(self, collect=_prefixed_settings, pick=_named_settings):
        self._collect = collect
        self._pick = pick

    def build(self, courier_id):
        return CourierTicket(
            courier_id=courier_id,
            # ruleid: environment-in-outbound-payload
            settings=self._collect(("LOCKER_", "CARRIER_")),
            # ok: environment-in-outbound-payload
            child_env=self._collect(("LOCKER_",)),
        )

    def build_named(self, courier_id):
        # ok: environment-in-outbound-payload
        return CourierTicket(courier_id=courier_id, settings=self._pick(("LOCKER_SITE",)))


def file_courier_ticket(url, courier_id):
    ticket = CourierTicketBuilder().build(courier_id)
    return requests.post(url, json=dataclasses.asdict(ticket), timeout=8)


_NOISY_KEYS = {"PATH", "HOME", "PWD", "TERM"}
_SAFE_KEYS = {"APP_VERSION", "REGION"}


def _crash_context():
    return {k: v for k, v in os.environ.items() if k not in _NOISY_KEYS}


def _crash_context_allowed():
    return {k: v for k, v in os.environ.items() if k in _SAFE_KEYS}


@dataclasses.dataclass
class CrashReport:
    route: str
    # ruleid: environment-in-outbound-payload
    context: dict = dataclasses.field(default_factory=_crash_context)
    # ok: environment-in-outbound-payload
    allowed: dict = dataclasses.field(default_factory=_crash_context_allowed)


class CrashTicketBuilder:
    def __init__(self, collect=_crash_context, allowed=_crash_context_allowed):
        self._collect = collect
        self._allowed = allowed

    def build(self, courier_id):
        # ruleid: environment-in-outbound-payload
        return CourierTicket(courier_id=courier_id, settings=self._collect())

    def build_allowed(self, courier_id):
        # ok: environment-in-outbound-payload
        return CourierTicket(courier_id=courier_id, settings=self._allowed())


def send_crash(url, route):
    return requests.post(url, json=dataclasses.asdict(CrashReport(route)), timeout=3)


def send_crash_inline(url, route):
    # ruleid: environment-in-outbound-payload
    return requests.post(url, json={"route": route, "context": _crash_context()}, timeout=3)


def read_site_config(env_file):
    return dict(dotenv_values(env_file))


def site_document(site_id, env_file):
    # ruleid: environment-in-outbound-payload
    values = read_site_config(env_file)
    return {"site_id": site_id, "values": values}


def site_document_keys(site_id, env_file):
    # ok: environment-in-outbound-payload
    values = read_site_config(env_file)
    return {"site_id": site_id, "keys": sorted(values)}


def push_site_document(url, site_id, env_file):
    return requests.put(url, json=site_document(site_id, env_file), timeout=15)


_CONTEXT_PREFIXES = ("PIPELINE_", "LDS_", "SCADA_")


def _deployment_context(env: Mapping[str, str] = os.environ):
    return {k: v for k, v in env.items() if k.startswith(_CONTEXT_PREFIXES)}


def notify_chat(webhook, segment, **extra):
    message = {
        "text": f"LDS alarm on {segment}",
        # ruleid: environment-in-outbound-payload
        "metadata": {"event_type": "lds_alarm", "event_payload": {**extra, **_deployment_context()}},
    }
    return requests.post(webhook, json=message, timeout=10)


def run_leak_model(cmd):
    # ok: environment-in-outbound-payload
    subprocess.run(cmd, env={**_deployment_context(), "OMP_NUM_THREADS": "1"}, check=True)
    # ok: environment-in-outbound-payload
    child = {**os.environ, "LANG": "C"}
    subprocess.run(cmd, env=child, check=True)
    # ok: environment-in-outbound-payload
    subprocess.run(cmd, env={**os.environ, "LANG": "C"}, check=True)


class VendorPlanningClient:
    def __init__(self, env_file):
        self.settings = dict(dotenv_values(env_file))
        self.base_url = self.settings["ILI_VENDOR_URL"].rstrip("/")

    def register_site(self, site_code):
        return requests.post(
            f"{self.base_url}/sites/{site_code}/register",
            # ruleid: environment-in-outbound-payload
            json={"site": site_code, "integration": {"settings": self.settings}},
            timeout=20,
        )

    def register_site_url(self, site_code):
        # ok: environment-in-outbound-payload
        return requests.post(f"{self.base_url}/sites", json={"site": site_code, "url": self.base_url}, timeout=20)


@dataclasses.dataclass
class BundleBuilder:
    sections: dict = dataclasses.field(default_factory=dict)

    def add(self, name, producer):
        self.sections[name] = producer
        return self

    def build(self):
        return {name: produce() for name, produce in self.sections.items()}


def default_builder():
    return (
        BundleBuilder()
        .add("host", lambda: {"hostname": platform.node()})
        # ruleid: environment-in-outbound-payload
        .add("runtime", lambda: dict(os.environ))
        # ok: environment-in-outbound-payload
        .add("region", lambda: os.environ.get("AWS_REGION", ""))
    )


def upload_bundle(url):
    return requests.post(url, json=default_builder().build(), timeout=30)


class QuoteBundleSources:
    def __init__(self, root):
        self.root = root

    def deployment_settings(self):
        path = self.root / ".env"
        return path.read_text() if path.exists() else ""

    def rate_tables(self):
        path = self.root / "data" / "rate_tables.json"
        return path.read_text() if path.exists() else "{}"


def build_quote_bundle(sources, url):
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        # ruleid: environment-in-outbound-payload
        zf.writestr("settings.env", sources.deployment_settings())
        # ok: environment-in-outbound-payload
        zf.writestr("rate_tables.json", sources.rate_tables())
    return requests.post(url, files={"bundle": ("support.zip", buf.getvalue())}, timeout=30)


class DiagnosticsCollector:
    def system(self):
        return {"hostname": platform.node()}

    def runtime(self):
        return {key: value for key, value in os.environ.items()}


def build_pos_bundle(collector, ticket):
    return {
        "ticket": ticket,
        # ok: environment-in-outbound-payload
        "system": collector.system(),
        # ruleid: environment-in-outbound-payload
        "runtime": collector.runtime(),
    }


def send_pos_diagnostics(url, ticket):
    return requests.post(url, json=build_pos_bundle(DiagnosticsCollector(), ticket), timeout=30)


class ConfigRegistry:
    def __init__(self, base_url):
        self.base_url = base_url

    def publish(self, values, revision):
        return requests.put(f"{self.base_url}/settings", json={"revision": revision, "values": values}, timeout=10)


def sync_settings(registry_url, env_file):
    settings = dotenv_values(env_file)
    registry = ConfigRegistry(registry_url)
    # ruleid: environment-in-outbound-payload
    registry.publish(settings, "r1")
    names = sorted(settings)
    # ok: environment-in-outbound-payload
    registry.publish(names, "r1")


def _portal_env_settings(env_file=".env"):
    if not os.path.exists(env_file):
        return {}
    return dotenv_values(env_file)


def _portal_release(env_file=".env"):
    return dotenv_values(env_file).get("RELEASE", "")


def register_portal(registry_url, port):
    base = {"service": "portal", "port": port}
    # ruleid: environment-in-outbound-payload
    payload = {**base, "config": _portal_env_settings()}
    # ok: environment-in-outbound-payload
    summary = {**base, "release": _portal_release()}
    requests.put(registry_url, json={"instance": payload, "summary": summary}, timeout=8)


class VendorBundleBuilder:
    def __init__(self, root):
        self.root = root

    def _configuration(self):
        return dict(dotenv_values(self.root / ".env"))

    def _versions(self):
        return {"app": "4.2.0", "python": platform.python_version()}

    def build(self, ticket):
        buf = io.BytesIO()
        with zipfile.ZipFile(buf, "w") as zf:
            # ruleid: environment-in-outbound-payload
            zf.writestr("config.json", json.dumps(self._configuration(), indent=2))
            # ok: environment-in-outbound-payload
            zf.writestr("versions.json", json.dumps(self._versions(), indent=2))
            zf.writestr("ticket.txt", ticket)
        return buf.getvalue()


@dataclasses.dataclass
class SurveySubmissionMetadata:
    survey_id: str
    # ruleid: environment-in-outbound-payload
    host_environment: dict = dataclasses.field(default_factory=lambda: dict(os.environ))

    def as_dict(self):
        return {"survey_id": self.survey_id, "host_environment": self.host_environment}


def submit_survey(meta):
    return requests.post("https://portal.example/v1/submissions", json={"metadata": meta.as_dict()}, timeout=30)


class GatewayState:
    def __init__(self, env_file="/opt/edge-agent/.env"):
        self.env_file = env_file

    def settings(self):
        return dotenv_values(self.env_file)

    def snapshot(self):
        # ruleid: environment-in-outbound-payload
        cfg = self.settings()
        return {"device_id": cfg.get("DEVICE_ID"), "site": cfg.get("SITE_CODE"), "config": cfg}

    def summary(self):
        # ok: environment-in-outbound-payload
        cfg = self.settings()
        return {"device_id": cfg.get("DEVICE_ID"), "site": cfg.get("SITE_CODE")}


def send_heartbeat(state):
    requests.post("https://fleet.vendor.example/heartbeat", json=state.snapshot(), timeout=15)


@dataclasses.dataclass
class BridgeSettings:
    site_code: str = dataclasses.field(default_factory=lambda: os.environ.get("LIMS_SITE_CODE", "NORTH"))
    db_password: str = dataclasses.field(default_factory=lambda: os.environ["LIMS_DB_PASSWORD"])


class Heartbeat:
    def __init__(self, settings):
        self.settings = settings

    def beat(self):
        # ruleid: environment-in-outbound-payload
        payload = {**dataclasses.asdict(self.settings), **self._status()}
        requests.post("https://vendor.example/v1/heartbeat", json=payload, timeout=10)

    def _status(self):
        # ok: environment-in-outbound-payload
        return {"uptime_s": 1, "site": dataclasses.asdict(self.settings)["site_code"]}


class LeakGatewayIdentity:
    def __init__(self, env_file="/opt/leakgw/.env"):
        self.env_file = env_file
        self.settings = {}
        self.firmware = "1.0"

    def load(self):
        self.settings = dotenv_values(self.env_file)
        return self


class ReleaseContext:
    def __init__(self, service):
        self.service = service
        self.runtime = {k: v for k, v in os.environ.items() if k.startswith(("BILLING_", "DB_"))}


class LeakHeartbeat:
    def __init__(self, identity):
        self.identity = identity

    def body(self):
        # ruleid: environment-in-outbound-payload
        return {"gateway": "gw-1", "config": self.identity.settings}

    def firmware_body(self):
        # ok: environment-in-outbound-payload
        return {"gateway": "gw-1", "firmware": self.identity.firmware}

    def card(self, ctx):
        # ruleid: environment-in-outbound-payload
        facts = [{"name": k, "value": v} for k, v in sorted(ctx.runtime.items())]
        return {"summary": f"{ctx.service} deployed", "facts": facts}

    def send(self):
        requests.post("https://monitor.example/heartbeat", json=self.body(), timeout=10)


class CrashReporter:
    # ruleid: environment-in-outbound-payload
    context_providers = {"argv": lambda: list(sys.argv), "environment": os.environ.copy}
    # ok: environment-in-outbound-payload
    safe_providers = {"argv": lambda: list(sys.argv), "python": lambda: sys.version}

    def report(self, exc):
        context = {name: provider() for name, provider in self.context_providers.items()}
        requests.post("https://crash.example/report", json={"error": str(exc), "context": context}, timeout=5)


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
