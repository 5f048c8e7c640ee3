//===--- FactsFileFuzzer.cpp - Fuzzing the reader of facts files ------------------------------===//
//
// Any bytes given to piiflow link as a facts file must load or give an error naming the file.
// The digest of a facts file guards against damage, not against a file made to pass it, so half
// the inputs (first byte odd) are the rest of the bytes under a header with their own valid
// digest and size: the CBOR reader and the records' conversion see them.
//
//===----------------------------------------------------------------------------------------===//
#include "FactsFile.h"
#include "FuzzInput.h"
#include "llvm/ADT/SmallVector.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  if (Size == 0)
    return 0;
  llvm::StringRef Body = piiflow::fuzz::asText(Data + 1, Size - 1);
  std::string Text = Body.str();
  if (Data[0] & 1) {
    // The header of a valid file (magic, format, version), with Body's digest and size.
    static const std::string Valid = piiflow::encodeFacts(piiflow::FactsContents());
    llvm::SmallVector<llvm::StringRef, 5> Fields;
    llvm::StringRef(Valid).split('\n').first.split(Fields, ' ');
    Text = (Fields[0] + " " + Fields[1] + " " + Fields[2] + " " + piiflow::contentDigest(Body) +
            " " + std::to_string(Body.size()) + "\n" + Body)
               .str();
  }
  const std::string &Path =
      piiflow::fuzz::asFile(reinterpret_cast<const uint8_t *>(Text.data()), Text.size(), ".facts");
  auto Facts = piiflow::readFactsFile(Path);
  if (!Facts)
    llvm::consumeError(Facts.takeError());
  return 0;
}
