# Copyright (c) {{ year }} {{ org_name }}. All rights reserved.
"""Referral desk: track patient referrals to outside specialists."""
from flask import Flask

from .config import load_config
from .store import ReferralStore


def create_app(overrides=None):
    """Build the Flask app; ``overrides`` is a mapping applied on top of the config."""
    app = Flask(__name__)
    app.config.from_mapping(load_config())
    if overrides:
        app.config.from_mapping(overrides)
    app.extensions["referral_store"] = ReferralStore()

    from .routes import bp

    app.register_blueprint(bp)
    return app
