import xml.sax
from xml.sax.handler import feature_external_ges, feature_external_pes, feature_namespaces

MANIFEST_FEATURES = {
    feature_namespaces: False,
    # ruleid: xml-sax-external-entities-enabled
    feature_external_ges: True,
}
LEGACY_FEATURES = {
    # ruleid: xml-sax-external-entities-enabled
    "http://xml.org/sax/features/external-general-entities": True,
}
# ok: xml-sax-external-entities-enabled
FEED_FEATURES = {
    feature_namespaces: True,
    feature_external_ges: False,
}
# ruleid: xml-sax-external-entities-enabled
DTD_FEATURES = [(feature_namespaces, True), (feature_external_pes, True)]


def make_parser():
    parser = xml.sax.make_parser()
    # ruleid: xml-sax-external-entities-enabled
    parser.setFeature(feature_external_ges, True)
    # ruleid: xml-sax-external-entities-enabled
    parser.setFeature(xml.sax.handler.feature_external_pes, True)
    return parser


def make_parser_uri():
    parser = xml.sax.make_parser()
    # ruleid: xml-sax-external-entities-enabled
    parser.setFeature("http://xml.org/sax/features/external-general-entities", True)
    return parser


def make_safe_parser():
    parser = xml.sax.make_parser()
    # ok: xml-sax-external-entities-enabled
    parser.setFeature(feature_external_ges, False)
    # ok: xml-sax-external-entities-enabled
    parser.setFeature(xml.sax.handler.feature_namespaces, True)
    return parser


def make_table_parser(features):
    parser = xml.sax.make_parser()
    for feature, enabled in features.items():
        parser.setFeature(feature, enabled)
    return parser
