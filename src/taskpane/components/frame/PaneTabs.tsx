import { Tab, TabList, makeStyles } from '@fluentui/react-components';
import { PANE_TABS, type PaneTab } from '../../store/pane-state';
import { usePane } from '../../store/pane-store';
import type { UiStrings } from '../../../i18n';

const TAB_LABELS: Readonly<Record<PaneTab, keyof UiStrings>> = {
  registers: 'tabRegisters',
  overdue: 'tabOverdue',
  validation: 'tabValidation',
  summaries: 'tabSummaries',
  settings: 'tabSettings',
};

const useStyles = makeStyles({
  // Five sections in a 320 px pane: in a longer language they go on two lines rather than off the side.
  list: { flexWrap: 'wrap' },
});

/** The pane's sections; arrow keys move between them, as Fluent's tab list does. */
export function PaneTabs() {
  const styles = useStyles();
  const { state, dispatch, strings } = usePane();
  return (
    <TabList
      className={styles.list}
      size="small"
      selectedValue={state.tab}
      aria-label={strings.tabsLabel}
      onTabSelect={(_, data) => {
        const tab = PANE_TABS.find((t) => t === data.value);
        if (tab) dispatch({ type: 'tabChosen', tab });
      }}
    >
      {PANE_TABS.map((tab) => (
        <Tab key={tab} value={tab} id={`tab-${tab}`}>
          {strings[TAB_LABELS[tab]]}
        </Tab>
      ))}
    </TabList>
  );
}
