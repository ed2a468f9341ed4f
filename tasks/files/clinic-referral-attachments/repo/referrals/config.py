"""Default settings; each one can be overridden by an environment variable of the same name."""
import os

DEFAULTS = {
    "CLINIC_TIMEZONE": "{{ timezone }}",
    "REFERRAL_CONTACT": "{{ contact_email }}",
    "MAX_CONTENT_LENGTH": 16 * 1024 * 1024,
}


def load_config():
    config = dict(DEFAULTS)
    for key, default in DEFAULTS.items():
        raw = os.environ.get(key)
        if raw is not None:
            config[key] = type(default)(raw)
    return config
