"""Course materials for the {{ org_name }} school portal.

Copyright (c) {{ year }} {{ org_name }}.
"""

import os

from flask import Flask


def create_app(overrides: dict | None = None) -> Flask:
    from . import views

    app = Flask(__name__)
    app.config.from_object("coursekit.config")
    if "COURSEKIT_MATERIALS_ROOT" in os.environ:
        app.config["MATERIALS_ROOT"] = os.environ["COURSEKIT_MATERIALS_ROOT"]
    app.config.update(overrides or {})
    app.register_blueprint(views.bp)
    return app
