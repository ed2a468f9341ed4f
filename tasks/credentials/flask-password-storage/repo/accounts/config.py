"""Settings with defaults; ``ROTA_<NAME>`` in the environment overrides ``<NAME>``."""
import os

MIN_PASSWORD_LENGTH = 10

DEFAULTS = {
    "DATABASE": "instance/accounts.db",
    "SUPPORT_EMAIL": "{{ contact_email }}",
    "MAIL_FROM": "rota@{{ org_domain }}",
    "TIMEZONE": "{{ timezone }}",
}


def load():
    settings = dict(DEFAULTS)
    for name, default in DEFAULTS.items():
        raw = os.environ.get(f"ROTA_{name}")
        if raw is not None:
            settings[name] = type(default)(raw)
    settings["MIN_PASSWORD_LENGTH"] = int(
        os.environ.get("ROTA_MIN_PASSWORD_LENGTH", MIN_PASSWORD_LENGTH)
    )
    return settings
