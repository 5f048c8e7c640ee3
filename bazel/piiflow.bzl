"""piiflow in Bazel: the first phase as an aspect, the second as a rule (docs/ci.md).

piiflow_aspect visits cc_library, cc_binary and cc_test targets along `deps` and registers, for
each C or C++ source, one action `piiflow --emit-facts` with the compile flags Bazel's C++
toolchain gives that source (features, copts, includes, defines: the command line of its
CppCompile action, without -c and -o) and the target's headers as inputs. Bazel schedules the
actions in parallel and caches them; a source is analysed again when it, a header of its target
or below, the flags, piiflow or its models change.

piiflow_report links the facts of its deps' programs into one report, without parsing:

    load("@piiflow//:share/piiflow/bazel/piiflow.bzl", "piiflow_report")
    piiflow_report(name = "app_piiflow", deps = [":app"], format = "sarif")

`bazel build //:app_piiflow` writes bazel-bin/app_piiflow.sarif (findings do not fail the build;
gate on the report). `--aspects=@piiflow//:share/piiflow/bazel/piiflow.bzl%piiflow_aspect
--output_groups=piiflow_facts` builds the facts of any target alone.

The facts name files by absolute path and the actions read piiflow from its install tree, so
they run outside the sandbox and are not remote-executable: `no-sandbox` and `no-remote-exec`
(they still are cached locally, and in a disk cache on one machine).
"""

load("@bazel_tools//tools/cpp:toolchain_utils.bzl", "find_cpp_toolchain")
load("@bazel_tools//tools/build_defs/cc:action_names.bzl", "ACTION_NAMES")

PiiflowFactsInfo = provider(
    doc = "The facts files of a target and of its deps, and the sources they were made from.",
    fields = {
        "facts": "depset of .facts Files",
        "sources": "depset of the source and header Files the link reads (NOLINT, snippets)",
    },
)

_C_EXTENSIONS = ["c"]
_CXX_EXTENSIONS = ["cc", "cpp", "cxx", "c++", "C"]
_CC_RULES = ["cc_library", "cc_binary", "cc_test"]
_LOCAL_ONLY = {"no-sandbox": "1", "no-remote-exec": "1"}

def _facts_of_deps(ctx):
    deps = [d[PiiflowFactsInfo] for d in getattr(ctx.rule.attr, "deps", []) if PiiflowFactsInfo in d]
    return [d.facts for d in deps], [d.sources for d in deps]

def _compile_flags(ctx, toolchain, features, compilation, source):
    """The flags of the source's CppCompile (or CCompile) action, without the source and output."""
    cpp = ctx.fragments.cpp
    is_c = source.extension in _C_EXTENSIONS
    variables = cc_common.create_compile_variables(
        cc_toolchain = toolchain,
        feature_configuration = features,
        user_compile_flags = cpp.copts + (cpp.conlyopts if is_c else cpp.cxxopts) +
                             getattr(ctx.rule.attr, "copts", []),
        include_directories = compilation.includes,
        quote_include_directories = compilation.quote_includes,
        system_include_directories = compilation.system_includes,
        framework_include_directories = compilation.framework_includes,
        # As CppCompile orders them: the transitive defines, then local_defines reversed.
        preprocessor_defines = depset(
            compilation.defines.to_list() + getattr(ctx.rule.attr, "local_defines", [])[::-1],
            order = "topological",
        ),
        use_pic = toolchain.needs_pic_for_dynamic_libraries(feature_configuration = features),
    )
    return cc_common.get_memory_inefficient_command_line(
        feature_configuration = features,
        action_name = ACTION_NAMES.c_compile if is_c else ACTION_NAMES.cpp_compile,
        variables = variables,
    )

def _piiflow_aspect_impl(target, ctx):
    facts_of_deps, sources_of_deps = _facts_of_deps(ctx)
    if ctx.rule.kind not in _CC_RULES or CcInfo not in target:
        facts = depset(transitive = facts_of_deps)
        return [
            PiiflowFactsInfo(facts = facts, sources = depset(transitive = sources_of_deps)),
            OutputGroupInfo(piiflow_facts = facts),
        ]
    toolchain = find_cpp_toolchain(ctx)
    features = cc_common.configure_features(
        ctx = ctx,
        cc_toolchain = toolchain,
        requested_features = ctx.features,
        unsupported_features = ctx.disabled_features,
    )
    compilation = target[CcInfo].compilation_context
    piiflow = ctx.file._piiflow
    sources = [f for f in ctx.rule.files.srcs if f.extension in _C_EXTENSIONS + _CXX_EXTENSIONS]
    own = []
    for source in sources:
        out = ctx.actions.declare_file("%s.piiflow/%s.facts" % (target.label.name, source.short_path))
        args = ctx.actions.args()
        args.add("--emit-facts=" + out.path)
        args.add_all(["--no-cache", "--quiet"])
        args.add(source)
        args.add("--")
        args.add_all(_compile_flags(ctx, toolchain, features, compilation, source))
        ctx.actions.run(
            mnemonic = "PiiflowFacts",
            progress_message = "piiflow: facts of %s" % source.short_path,
            executable = piiflow,
            arguments = [args],
            inputs = depset([source], transitive = [compilation.headers, toolchain.all_files]),
            tools = ctx.files._models,
            outputs = [out],
            execution_requirements = _LOCAL_ONLY,
        )
        own.append(out)
    facts = depset(own, transitive = facts_of_deps)
    read = depset(sources, transitive = sources_of_deps + [compilation.headers])
    return [PiiflowFactsInfo(facts = facts, sources = read), OutputGroupInfo(piiflow_facts = facts)]

piiflow_aspect = aspect(
    implementation = _piiflow_aspect_impl,
    attr_aspects = ["deps"],
    attrs = {
        "_cc_toolchain": attr.label(default = "@bazel_tools//tools/cpp:current_cc_toolchain"),
        "_piiflow": attr.label(default = "@piiflow//:bin/piiflow", allow_single_file = True),
        "_models": attr.label(default = "@piiflow//:models"),
    },
    fragments = ["cpp"],
)

def _piiflow_report_impl(ctx):
    infos = [d[PiiflowFactsInfo] for d in ctx.attr.deps]
    facts = depset(transitive = [i.facts for i in infos])
    extension = {"text": "txt", "inventory-md": "md", "inventory-json": "json", "codequality": "json"}
    out = ctx.actions.declare_file("%s.%s" % (ctx.label.name, extension.get(ctx.attr.format, ctx.attr.format)))
    args = ctx.actions.args()
    args.add("link")
    args.add_all(["--quiet", "--exit-zero", "--format=" + ctx.attr.format, "-o", out.path])
    args.add_all(ctx.attr.args)
    args.add_all(facts)
    ctx.actions.run(
        mnemonic = "PiiflowLink",
        progress_message = "piiflow: the report of %s" % ctx.label,
        executable = ctx.file._piiflow,
        arguments = [args],
        inputs = depset(transitive = [facts] + [i.sources for i in infos]),
        tools = ctx.files._models,
        outputs = [out],
        execution_requirements = _LOCAL_ONLY,
    )
    return [DefaultInfo(files = depset([out]))]

piiflow_report = rule(
    implementation = _piiflow_report_impl,
    doc = "The whole-program report of the C/C++ programs in deps, from their facts.",
    attrs = {
        "deps": attr.label_list(aspects = [piiflow_aspect]),
        "format": attr.string(default = "sarif", values = ["sarif", "text", "codequality", "inventory-md", "inventory-json"]),
        "args": attr.string_list(doc = "Options of the link: --baseline, --sarif-category, ..."),
        "_piiflow": attr.label(default = "@piiflow//:bin/piiflow", allow_single_file = True),
        "_models": attr.label(default = "@piiflow//:models"),
    },
)
