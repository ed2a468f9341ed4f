import yaml
from ruamel.yaml import YAML
from yaml import CLoader as Loader
from yaml import CSafeLoader, SafeLoader


def read_config(path):
    with open(path) as fh:
        # ruleid: yaml-unsafe-load
        return yaml.load(fh)


def read_full(text):
    # ruleid: yaml-unsafe-load
    return yaml.load(text, Loader=yaml.FullLoader)


def read_unsafe(text):
    # ruleid: yaml-unsafe-load
    return yaml.load(text, Loader=yaml.UnsafeLoader)


def read_loader(text):
    # ruleid: yaml-unsafe-load
    return yaml.load(text, yaml.Loader)


def read_cloader(text):
    # ruleid: yaml-unsafe-load
    return yaml.load(text, Loader=Loader)


def read_unsafe_load(text):
    # ruleid: yaml-unsafe-load
    return yaml.unsafe_load(text)


def read_full_load(text):
    # ruleid: yaml-unsafe-load
    return yaml.full_load(text)


def read_all(text):
    # ruleid: yaml-unsafe-load
    return list(yaml.load_all(text))


def ruamel_unsafe(text):
    # ruleid: yaml-unsafe-load
    return YAML(typ="unsafe").load(text)


# ---- secure near-misses ----


def read_safe(text):
    # ok: yaml-unsafe-load
    return yaml.safe_load(text)


def read_safe_loader(text):
    # ok: yaml-unsafe-load
    return yaml.load(text, Loader=yaml.SafeLoader)


def read_csafe(text):
    # ok: yaml-unsafe-load
    return yaml.load(text, Loader=CSafeLoader)


def read_safe_positional(text):
    # ok: yaml-unsafe-load
    return yaml.load(text, SafeLoader)


def read_safe_all(text):
    # ok: yaml-unsafe-load
    return list(yaml.safe_load_all(text))


def ruamel_safe(text):
    # ok: yaml-unsafe-load
    return YAML(typ="safe").load(text)


def dump(data):
    # ok: yaml-unsafe-load
    return yaml.safe_dump(data)


_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class ChartLoader(yaml.SafeLoader):
    pass


def load_values(text):
    # ok: yaml-unsafe-load
    return yaml.load(text, Loader=_LOADER)


def load_chart(text):
    # ok: yaml-unsafe-load
    return yaml.load(text, Loader=ChartLoader)


_FULL = yaml.FullLoader


def load_recipe(text):
    # ruleid: yaml-unsafe-load
    return yaml.load(text, Loader=_FULL)


YAML_OPTIONS = {"Loader": yaml.SafeLoader}


def parse_timesheet(stream):
    # ok: yaml-unsafe-load
    return yaml.load(stream, **YAML_OPTIONS)


FULL_OPTIONS = {"Loader": yaml.FullLoader}


def parse_recipe(stream):
    # ruleid: yaml-unsafe-load
    return yaml.load(stream, **FULL_OPTIONS)


class FeedMappingLoader:
    loader_cls = yaml.SafeLoader

    def loads(self, raw):
        # ok: yaml-unsafe-load
        return yaml.load(raw, Loader=self.loader_cls)


_DEFAULT_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class FlagReader:
    loader_cls: type = _DEFAULT_LOADER

    def read(self, text):
        # ok: yaml-unsafe-load
        return yaml.load(text, Loader=self.loader_cls)


class RecipeReader:
    loader_cls = yaml.FullLoader

    def read(self, text):
        # ruleid: yaml-unsafe-load
        return yaml.load(text, Loader=self.loader_cls)


def load_workflow(fh):
    try:
        from yaml import CSafeLoader as _Loader
    except ImportError:
        from yaml import SafeLoader as _Loader
    # ok: yaml-unsafe-load
    return yaml.load(fh, Loader=_Loader)


def load_legacy(fh):
    from yaml import UnsafeLoader as _Legacy

    # ruleid: yaml-unsafe-load
    return yaml.load(fh, Loader=_Legacy)


try:
    _MOD_LOADER = yaml.CSafeLoader
except AttributeError:
    _MOD_LOADER = yaml.SafeLoader


def load_mod_manifest(fh):
    # ok: yaml-unsafe-load
    return yaml.load(fh, Loader=_MOD_LOADER)


try:
    _FAST_LOADER = yaml.CLoader
except AttributeError:
    _FAST_LOADER = yaml.Loader


def load_fast(fh):
    # ruleid: yaml-unsafe-load
    return yaml.load(fh, Loader=_FAST_LOADER)


try:
    _CatalogYamlLoader = yaml.CSafeLoader
except AttributeError:
    _CatalogYamlLoader = yaml.SafeLoader


class CatalogFileLoader:
    loader_cls = _CatalogYamlLoader

    def load(self, fh):
        # ok: yaml-unsafe-load
        return yaml.load(fh, Loader=self.loader_cls)


_PluginYamlLoader = yaml.FullLoader


class PluginManifestLoader:
    loader_cls = _PluginYamlLoader

    def load(self, fh):
        # ruleid: yaml-unsafe-load
        return yaml.load(fh, Loader=self.loader_cls)


PROFILE_LOADER = yaml.SafeLoader
PLUGIN_LOADER = yaml.Loader


def parse_profile(raw, loader=PROFILE_LOADER):
    # ok: yaml-unsafe-load
    return yaml.load(raw, Loader=loader)


def parse_plugin(raw, loader=PLUGIN_LOADER):
    # ruleid: yaml-unsafe-load
    return yaml.load(raw, Loader=loader)


PLAN_LIMITS = {"max_bytes": 65536, "loader": yaml.SafeLoader}
PLUGIN_LIMITS = {"max_bytes": 65536, "factory": yaml.FullLoader}


def load_care_plan(text, limits=PLAN_LIMITS):
    # ok: yaml-unsafe-load
    data = yaml.load(text, Loader=limits["loader"])
    return data


def load_plugin_manifest(text, limits=PLUGIN_LIMITS):
    # ruleid: yaml-unsafe-load
    data = yaml.load(text, Loader=limits["factory"])
    return data


SCHEDULE_OPTIONS: dict = {"Loader": yaml.SafeLoader}


class ScheduleLoader:
    def __init__(self, options=SCHEDULE_OPTIONS):
        self.options = options

    def parse(self, stream):
        # ok: yaml-unsafe-load
        return yaml.load(stream, **self.options)


class RecipeLoader:
    def __init__(self, options=None):
        self.options = options or {"Loader": yaml.FullLoader}

    def parse(self, stream):
        # ruleid: yaml-unsafe-load
        return yaml.load(stream, **self.options)


class FieldPlanLoader:
    @property
    def yaml_loader(self):
        return yaml.SafeLoader

    def parse(self, text):
        # ok: yaml-unsafe-load
        return yaml.load(text, Loader=self.yaml_loader)


class LegacyPlanLoader:
    @property
    def yaml_loader(self):
        return yaml.Loader

    def parse(self, text):
        # ruleid: yaml-unsafe-load
        return yaml.load(text, Loader=self.yaml_loader)
