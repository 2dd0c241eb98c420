import { Injectable } from '@nestjs/common';
import { type ActionStatus } from '@thb/shared';
import { StrategyRepository } from './strategy.repository';
import { EU_STRATEGY_2012_2016 } from './strategy.service';

interface DemoEntry {
  date: string;
  status: ActionStatus;
  note: string;
}

interface DemoAction {
  status: ActionStatus;
  indicators?: string[];
  /** State of play, oldest first, written the way the Council's follow-up tables word it. */
  entries?: DemoEntry[];
  /** Demo organisations (keys of DEMO_ORGANISATIONS) and demo channel messages (by their first words). */
  organisations?: string[];
  messages?: string[];
}

const MID_TERM = '2014-10-17';
const FIRST_REPORT = '2016-05-19';

/**
 * Where the actions of the 2012–2016 Strategy could plausibly stand, keyed `A.1` (priority and place). Demo
 * data, not the official record: the notes are modelled on the state-of-play column of the 2006 follow-up
 * table and on the Commission's mid-term and progress reports, without quoting them.
 */
const DEMO_ACTIONS: Record<string, DemoAction> = {
  'A.1': {
    status: 'ongoing',
    indicators: [
      'Member States with a formal national referral mechanism',
      'Victims referred to assistance through the mechanism each year',
    ],
    entries: [
      {
        date: '2012-10-18',
        status: 'ongoing',
        note: 'The COM sent a questionnaire to the national coordinators on existing referral mechanisms. Replies expected by the end of 2012.',
      },
      {
        date: MID_TERM,
        status: 'ongoing',
        note: 'Mid-term report: most Member States have a formal or informal mechanism; roles, funding and the involvement of NGOs differ widely.',
      },
      {
        date: FIRST_REPORT,
        status: 'ongoing',
        note: 'Several Member States revised their mechanisms after transposing Directive 2011/36/EU. Referral across borders remains the weak point (see A.3).',
      },
    ],
    organisations: ['harbour', 'aurora'],
  },
  'A.2': {
    status: 'delayed',
    entries: [
      {
        date: '2015-12-15',
        status: 'delayed',
        note: 'Work postponed until the assessment of the transposition of the Directive is available, so that the guidelines build on it.',
      },
    ],
  },
  'A.3': {
    status: 'ongoing',
    entries: [
      {
        date: FIRST_REPORT,
        status: 'ongoing',
        note: 'Study on a model transnational referral mechanism under way; first findings presented to the National Rapporteurs.',
      },
    ],
    organisations: ['nadezhda'],
  },
  'A.4': {
    status: 'ongoing',
    indicators: ['Guidelines issued', 'Frontline professions covered by the guidelines'],
    entries: [
      {
        date: MID_TERM,
        status: 'ongoing',
        note: 'The indicators of the guidelines for consular services and border guards (A.5) serve as a basis; guidelines for all frontline staff are being drafted with the National Rapporteurs.',
      },
    ],
    messages: ['Has anyone set up **joint identification interviews**'],
  },
  'A.5': {
    status: 'completed',
    indicators: ['Guidelines issued'],
    entries: [
      {
        date: '2013-10-18',
        status: 'completed',
        note: 'Guidelines for the identification of victims, especially for consular services and border guards, published for the EU Anti-Trafficking Day.',
      },
    ],
  },
  'A.6': {
    status: 'delayed',
    entries: [
      {
        date: '2015-06-04',
        status: 'delayed',
        note: 'A reflection paper on integrated child protection systems was discussed at the European Forum on the rights of the child; the guidelines are expected in 2016.',
      },
    ],
  },
  'A.7': { status: 'ongoing' },
  'A.8': {
    status: 'completed',
    entries: [
      {
        date: '2014-06-30',
        status: 'completed',
        note: 'FRA and the COM published a handbook on guardianship for children deprived of parental care, with a focus on child victims of trafficking.',
      },
    ],
  },
  'A.9': {
    status: 'completed',
    indicators: ['Overview published in all official languages'],
    entries: [
      {
        date: '2013-04-15',
        status: 'completed',
        note: 'Overview "The EU rights of victims of trafficking in human beings" published; translations into all official languages follow.',
      },
    ],
  },
  'A.10': { status: 'ongoing', organisations: ['liberte'] },
  'B.1': {
    status: 'ongoing',
    entries: [
      {
        date: MID_TERM,
        status: 'ongoing',
        note: 'Research projects on demand funded under the research framework programme started; results expected in 2017.',
      },
    ],
  },
  'B.2': {
    status: 'delayed',
    entries: [
      {
        date: MID_TERM,
        status: 'delayed',
        note: 'Call for expressions of interest addressed to businesses; the coalition is not yet formally established.',
      },
    ],
  },
  'B.3': { status: 'planned' },
  'B.4': { status: 'completed' },
  'B.5': {
    status: 'ongoing',
    indicators: ['Campaigns run for specific vulnerable groups', 'Member States taking part'],
    entries: [
      {
        date: '2013-10-18',
        status: 'ongoing',
        note: 'EU Anti-Trafficking Day: awareness-raising materials for specific vulnerable groups presented to the Member States and the Civil Society Platform.',
      },
    ],
    organisations: ['labour'],
    messages: ['For the **EU Anti-Trafficking Day (18 October)**'],
  },
  'C.1': { status: 'ongoing' },
  'C.2': { status: 'ongoing' },
  'C.3': { status: 'planned' },
  'C.4': {
    status: 'ongoing',
    entries: [
      {
        date: FIRST_REPORT,
        status: 'ongoing',
        note: 'Joint investigation teams on trafficking are set up every year with the support of Eurojust and Europol; funding of JITs continues.',
      },
    ],
    messages: ['Eurojust published its report on joint investigation teams'],
  },
  'C.5': { status: 'ongoing' },
  'C.6': { status: 'completed' },
  'C.7': { status: 'completed' },
  'D.1': {
    status: 'ongoing',
    entries: [
      {
        date: '2012-10-18',
        status: 'ongoing',
        note: 'The heads of the JHA agencies report on the implementation of their joint statement of 18 October 2011; next report at the end of 2014.',
      },
    ],
  },
  'D.2': {
    status: 'ongoing',
    indicators: ['Meetings of the Informal Network held each Presidency'],
  },
  'D.3': { status: 'delayed' },
  'D.4': { status: 'ongoing' },
  'D.5': { status: 'ongoing' },
  'D.6': { status: 'ongoing' },
  'D.7': {
    status: 'completed',
    indicators: ['Platform launched', 'Member organisations of the Platform', 'Platform meetings held each year'],
    entries: [
      {
        date: '2013-01-31',
        status: 'ongoing',
        note: 'Call for expressions of interest to civil society organisations and service providers in the Member States and selected third countries published.',
      },
      {
        date: '2013-05-31',
        status: 'completed',
        note: 'The EU Civil Society Platform against trafficking in human beings held its first meeting in Brussels, with more than 100 organisations.',
      },
    ],
    organisations: ['harbour', 'liberte', 'netzwerk'],
    messages: ['Quelqu’un a des contacts au mécanisme national'],
  },
  'D.8': { status: 'completed' },
  'D.9': { status: 'delayed' },
  'D.10': { status: 'planned' },
  'D.11': { status: 'ongoing' },
  'D.12': { status: 'ongoing' },
  'E.1': {
    status: 'ongoing',
    indicators: ['Member States reporting gender- and age-disaggregated data to Eurostat'],
    entries: [
      {
        date: '2013-04-15',
        status: 'ongoing',
        note: 'First Eurostat working paper on trafficking statistics (2008–2010) published, with data from all Member States.',
      },
      {
        date: '2015-10-16',
        status: 'ongoing',
        note: 'Second Eurostat working paper (2010–2012) published. Data collection to become regular.',
      },
    ],
  },
  'E.2': { status: 'completed' },
  'E.3': { status: 'completed' },
  'E.4': { status: 'completed' },
  'E.5': { status: 'ongoing' },
  'E.6': { status: 'completed' },
  'E.7': {
    status: 'delayed',
    entries: [
      {
        date: FIRST_REPORT,
        status: 'delayed',
        note: 'Eurofound’s work on temporary work agencies extended to cover intermediaries across borders; guide expected later.',
      },
    ],
    organisations: ['labour'],
  },
  'E.8': { status: 'ongoing' },
};

/** Statuses, state of play and links of the Strategy's actions, loaded with the rest of the demo data. */
@Injectable()
export class StrategyDemoService {
  constructor(private readonly strategies: StrategyRepository) {}

  async load(input: { coordinatorId: string; organisationIds: Map<string, string> }): Promise<void> {
    const strategy = await this.strategies.findStrategy(EU_STRATEGY_2012_2016);
    if (!strategy) {
      return;
    }
    const [priorities, actions] = await Promise.all([
      this.strategies.findPriorities(strategy.id),
      this.strategies.findActions(strategy.id),
    ]);
    const codes = new Map(priorities.map((p) => [p.id, p.code]));
    for (const action of actions) {
      const demo = DEMO_ACTIONS[`${codes.get(action.priorityId)}.${action.position + 1}`];
      if (!demo) {
        continue;
      }
      // Actions with a state of play take their status from it; the others get theirs directly.
      await this.strategies.updateAction(action.id, {
        ...(demo.entries?.length ? {} : { status: demo.status }),
        indicators: demo.indicators ?? [],
      });
      for (const entry of demo.entries ?? []) {
        await this.strategies.insertStateOfPlay(action.id, { ...entry, authorId: input.coordinatorId });
      }
      for (const key of demo.organisations ?? []) {
        const id = input.organisationIds.get(key);
        if (id) {
          await this.strategies.insertLink(action.id, 'organisation', id, input.coordinatorId);
        }
      }
      for (const start of demo.messages ?? []) {
        const id = await this.strategies.findChannelMessageStartingWith(start);
        if (id) {
          await this.strategies.insertLink(action.id, 'channel_message', id, input.coordinatorId);
        }
      }
    }
  }
}
