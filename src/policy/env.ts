import type { AppliedState, Assignment, NodeModel } from '../model/types';
import type { PolicyLists } from './lists';

/** What an operator may consult besides the value itself. */
export interface EvalEnv {
  node: NodeModel;
  /** The applier whose final values other-setting operands are read from. */
  state: AppliedState | undefined;
  lists: PolicyLists;
  /** The line being judged, when there is one (for operands read "as applied before it"). */
  assignment?: Assignment;
}
