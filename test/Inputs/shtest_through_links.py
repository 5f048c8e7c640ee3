"""lit's ShTest, run with the suite's roots set to paths without white space.

lit builds %s, %S and %t from the suite's source and exec roots, which it resolves to their real
paths; a checkout in a folder such as "My Projects" would then put a space in every command line,
which lit's shell splits (it quotes no substitution). test/lit.cfg.py makes links to the trees
under the temporary directory, and this format puts the links back before each test runs. It is
a module of its own, not a class of lit.cfg.py, so that lit's worker processes can unpickle it.
"""
import lit.formats


class ShTestThroughLinks(lit.formats.ShTest):
    def __init__(self, source_root, exec_root):
        super().__init__(execute_external=False)
        self.source_root = source_root
        self.exec_root = exec_root

    def execute(self, test, lit_config):
        test.suite.source_root = self.source_root
        test.suite.exec_root = self.exec_root
        return super().execute(test, lit_config)
