// Conversions between CodeMirror change sets and OT operations. Both count UTF-16 code units.
import { TextOperation } from '../ot/text-operation.js';

/** The TextOperation equivalent of a CodeMirror ChangeSet applied to a document of `length` characters. */
export function operationFromChanges(changes, length) {
  const builder = TextOperation.builder();
  let position = 0;
  changes.iterChanges((fromA, toA, _fromB, _toB, inserted) => {
    if (fromA > position) builder.retain(fromA - position);
    const text = inserted.toString();
    if (text.length > 0) builder.insert(text);
    if (toA > fromA) builder.delete(toA - fromA);
    position = toA;
  });
  if (length > position) builder.retain(length - position);
  return builder.build();
}

/** CodeMirror change specs (in the coordinates of the document before the operation) for a TextOperation. */
export function changesFromOperation(op) {
  const specs = [];
  let position = 0;
  for (const component of op.ops) {
    if (typeof component === 'string') {
      specs.push({ from: position, insert: component });
    } else if (component > 0) {
      position += component;
    } else {
      specs.push({ from: position, to: position - component });
      position -= component;
    }
  }
  return specs;
}
