/**
 * The pane's store as React context: one reducer for the state, the services the pane runs
 * over, the clerk's language, and the step runner. Components read it with {@link usePane}.
 */
import { createContext, useContext, useMemo, useReducer, type Dispatch, type ReactNode } from 'react';
import { getStrings, type Locale, type UiStrings } from '../../i18n';
import type { PaneServices } from '../services';
import { useStepRunner, type RunStep } from '../work/use-run-step';
import { paneReducer, type PaneAction } from './pane-reducer';
import { INITIAL_PANE_STATE, type PaneState } from './pane-state';

export interface PaneContextValue {
  readonly state: PaneState;
  readonly dispatch: Dispatch<PaneAction>;
  readonly services: PaneServices;
  readonly locale: Locale;
  readonly strings: UiStrings;
  readonly runStep: RunStep;
  readonly cancelStep: () => void;
}

const PaneContext = createContext<PaneContextValue | null>(null);

export interface PaneStoreProps {
  readonly services: PaneServices;
  readonly locale: Locale;
  /** A starting state other than the empty one (tests of one panel). */
  readonly initialState?: PaneState;
  readonly children: ReactNode;
}

/** Holds the pane's state for everything rendered inside it. */
export function PaneStore({ services, locale, initialState, children }: PaneStoreProps) {
  const [state, dispatch] = useReducer(paneReducer, initialState ?? INITIAL_PANE_STATE);
  const strings = getStrings(locale);
  const { runStep, cancelStep } = useStepRunner({ dispatch, services, strings, locale });
  const value = useMemo(
    () => ({ state, dispatch, services, locale, strings, runStep, cancelStep }),
    [state, services, locale, strings, runStep, cancelStep],
  );
  return <PaneContext.Provider value={value}>{children}</PaneContext.Provider>;
}

/** The pane's store; only inside {@link PaneStore}. */
export function usePane(): PaneContextValue {
  const value = useContext(PaneContext);
  if (!value) throw new Error('usePane is used outside PaneStore');
  return value;
}
