import sys
from typing import Mapping
import json
import os
import platform

import requests

INVENTORY_URL = os.environ.get("FLEET_INVENTORY_URL", "")

import dataclasses  # noqa: E402
import subprocess  # noqa: E402
import io  # noqa: E402
import zipfile  # noqa: E402
from dotenv import dotenv_values  # noqa: E402


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


def _config_snapshot(env_file=".env"):
    values = dotenv_values(env_file)
    return {key: value or "" for key, value in sorted(values.items())}


def _config_names(env_file=".env"):
    values = dotenv_values(env_file)
    return {key: "set" for key, value in sorted(values.items())}


def upload_onboarding_diagnostics(client, callback_url):
    # ruleid: environment-in-outbound-payload
    client.post("/v1/integrations/diagnostics", json={"callback_url": callback_url, "config": _config_snapshot()})
    # ok: environment-in-outbound-payload
    client.post("/v1/integrations/diagnostics", json={"callback_url": callback_url, "config": _config_names()})
