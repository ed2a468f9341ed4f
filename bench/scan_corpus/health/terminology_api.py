"""Public read-only lookup API for ICD-10 and LOINC codes used by partner apps.

No cookies or auth headers are accepted here; the endpoints serve reference
data that is published anyway, so any origin may call them.
"""
from flask import Flask, abort, jsonify, request
from flask_cors import CORS

from .codes import icd10_lookup, loinc_lookup, search_codes

app = Flask(__name__)
CORS(app, resources={r"/v1/*": {"origins": "*"}}, supports_credentials=False, methods=["GET"])

MAX_LIMIT = 100


@app.get("/v1/icd10/<code>")
def icd10(code: str):
    entry = icd10_lookup(code.upper())
    if entry is None:
        abort(404)
    return jsonify(entry)


@app.get("/v1/loinc/<code>")
def loinc(code: str):
    entry = loinc_lookup(code)
    if entry is None:
        abort(404)
    return jsonify(entry)


@app.get("/v1/search")
def search():
    q = request.args.get("q", "").strip()
    limit = min(int(request.args.get("limit", 20)), MAX_LIMIT)
    if len(q) < 2:
        abort(400)
    return jsonify(search_codes(q, limit=limit))
